// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { IntroductionSnapshotV1 } from '../introduction.snapshot';

export class IntroductionOutcomeRecordedV1 {
  @ValidateNested()
  @Type(() => IntroductionSnapshotV1)
  introduction!: IntroductionSnapshotV1;
}

export const IntroductionOutcomeRecorded = defineEvent({
  type: 'org.icn.matchmaking.introduction.outcome-recorded.v1',
  version: 1,
  topic: Topics.matchmakingIntroduction,
  aggregate: 'introduction',
  payload: IntroductionOutcomeRecordedV1,
  summary: 'An outcome was recorded on an accepted introduction, or a previous one corrected (the latest wins). Matching uses it to adjust rankings; carries the full introduction.',
});
