// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { PassportApplicationSnapshotV1 } from '../passport-application.snapshot';

export class PassportApplicationScheduledV1 {
  @ValidateNested()
  @Type(() => PassportApplicationSnapshotV1)
  application!: PassportApplicationSnapshotV1;
}

export const PassportApplicationScheduled = defineEvent({
  type: 'org.icn.matchmaking.passport.scheduled.v1',
  version: 1,
  topic: Topics.matchmakingPassport,
  aggregate: 'passport-application',
  payload: PassportApplicationScheduledV1,
  summary: 'The host cluster confirmed the dates of an accepted visit; carries the full application.',
});
