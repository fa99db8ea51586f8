// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { IntroductionSnapshotV1 } from '../introduction.snapshot';

export class IntroductionDeclinedV1 {
  @ValidateNested()
  @Type(() => IntroductionSnapshotV1)
  introduction!: IntroductionSnapshotV1;
}

export const IntroductionDeclined = defineEvent({
  type: 'org.icn.matchmaking.introduction.declined.v1',
  version: 1,
  topic: Topics.matchmakingIntroduction,
  aggregate: 'introduction',
  payload: IntroductionDeclinedV1,
  summary: 'B’s side declined the introduction, optionally with a reason. Final; carries the full introduction.',
});
