// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { PassportApplicationSnapshotV1 } from '../passport-application.snapshot';

export class PassportApplicationDeclinedV1 {
  @ValidateNested()
  @Type(() => PassportApplicationSnapshotV1)
  application!: PassportApplicationSnapshotV1;
}

export const PassportApplicationDeclined = defineEvent({
  type: 'org.icn.matchmaking.passport.declined.v1',
  version: 1,
  topic: Topics.matchmakingPassport,
  aggregate: 'passport-application',
  payload: PassportApplicationDeclinedV1,
  summary: 'The host cluster declined the application, with its reason. Final; carries the full application.',
});
