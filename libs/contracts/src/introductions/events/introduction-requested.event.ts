// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { IntroductionSnapshotV1 } from '../introduction.snapshot';

export class IntroductionRequestedV1 {
  @ValidateNested()
  @Type(() => IntroductionSnapshotV1)
  introduction!: IntroductionSnapshotV1;
}

export const IntroductionRequested = defineEvent({
  type: 'org.icn.matchmaking.introduction.requested.v1',
  version: 1,
  topic: Topics.matchmakingIntroduction,
  aggregate: 'introduction',
  payload: IntroductionRequestedV1,
  summary: 'Organisation A asked to be introduced to organisation B, with a purpose and a message. Pending until B’s side decides; carries the full introduction.',
});
