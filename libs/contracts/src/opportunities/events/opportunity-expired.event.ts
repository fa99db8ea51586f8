// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsISO8601, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { OpportunitySnapshotV1 } from '../opportunity.snapshot';

export class OpportunityExpiredV1 {
  @ValidateNested()
  @Type(() => OpportunitySnapshotV1)
  opportunity!: OpportunitySnapshotV1;

  /** When the service noticed the deadline had passed (at or shortly after `opportunity.deadline`). */
  @IsISO8601({ strict: true })
  expiredAt!: string;
}

export const OpportunityExpired = defineEvent({
  type: 'org.icn.opportunities.opportunity.expired.v1',
  version: 1,
  topic: Topics.opportunitiesOpportunity,
  aggregate: 'opportunity',
  payload: OpportunityExpiredV1,
  summary: 'The deadline of a published opportunity passed and the service closed it automatically. This is final; carries the full state.',
});
