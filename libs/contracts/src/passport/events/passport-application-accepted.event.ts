// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { PassportApplicationSnapshotV1 } from '../passport-application.snapshot';

export class PassportApplicationAcceptedV1 {
  @ValidateNested()
  @Type(() => PassportApplicationSnapshotV1)
  application!: PassportApplicationSnapshotV1;
}

export const PassportApplicationAccepted = defineEvent({
  type: 'org.icn.matchmaking.passport.accepted.v1',
  version: 1,
  topic: Topics.matchmakingPassport,
  aggregate: 'passport-application',
  payload: PassportApplicationAcceptedV1,
  summary: 'The host cluster accepted the application (desks reserved if desk hosting was asked; key contacts may be assigned); carries the full application.',
});
