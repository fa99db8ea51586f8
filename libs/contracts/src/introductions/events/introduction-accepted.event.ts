// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { IntroductionSnapshotV1 } from '../introduction.snapshot';

export class IntroductionAcceptedV1 {
  @ValidateNested()
  @Type(() => IntroductionSnapshotV1)
  introduction!: IntroductionSnapshotV1;
}

export const IntroductionAccepted = defineEvent({
  type: 'org.icn.matchmaking.introduction.accepted.v1',
  version: 1,
  topic: Topics.matchmakingIntroduction,
  aggregate: 'introduction',
  payload: IntroductionAcceptedV1,
  summary: 'B’s side (a member of B, its cluster manager or the secretariat) accepted the introduction; an outcome may follow. Carries the full introduction.',
});
