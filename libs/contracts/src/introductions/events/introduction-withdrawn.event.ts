// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { IntroductionSnapshotV1 } from '../introduction.snapshot';

export class IntroductionWithdrawnV1 {
  @ValidateNested()
  @Type(() => IntroductionSnapshotV1)
  introduction!: IntroductionSnapshotV1;
}

export const IntroductionWithdrawn = defineEvent({
  type: 'org.icn.matchmaking.introduction.withdrawn.v1',
  version: 1,
  topic: Topics.matchmakingIntroduction,
  aggregate: 'introduction',
  payload: IntroductionWithdrawnV1,
  summary: 'The requester’s side withdrew the introduction while it was pending. Final; carries the full introduction.',
});
