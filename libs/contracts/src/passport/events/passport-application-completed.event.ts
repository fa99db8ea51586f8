// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { PassportApplicationSnapshotV1 } from '../passport-application.snapshot';

export class PassportApplicationCompletedV1 {
  @ValidateNested()
  @Type(() => PassportApplicationSnapshotV1)
  application!: PassportApplicationSnapshotV1;
}

export const PassportApplicationCompleted = defineEvent({
  type: 'org.icn.matchmaking.passport.completed.v1',
  version: 1,
  topic: Topics.matchmakingPassport,
  aggregate: 'passport-application',
  payload: PassportApplicationCompletedV1,
  summary: 'The visit took place and its report (meetings held, leads) was filed. Final; carries the full application.',
});
