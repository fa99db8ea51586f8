// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { PassportApplicationSnapshotV1 } from '../passport-application.snapshot';

export class PassportApplicationSubmittedV1 {
  @ValidateNested()
  @Type(() => PassportApplicationSnapshotV1)
  application!: PassportApplicationSnapshotV1;
}

export const PassportApplicationSubmitted = defineEvent({
  type: 'org.icn.matchmaking.passport.submitted.v1',
  version: 1,
  topic: Topics.matchmakingPassport,
  aggregate: 'passport-application',
  payload: PassportApplicationSubmittedV1,
  summary: 'An organisation applied to a host cluster for an ICN Passport visit; carries the full application.',
});
