// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsISO8601, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { OpportunitySnapshotV1 } from '../opportunity.snapshot';

export class OpportunityClosedV1 {
  @ValidateNested()
  @Type(() => OpportunitySnapshotV1)
  opportunity!: OpportunitySnapshotV1;

  @IsOptional()
  @IsString()
  @Length(1, 500)
  reason?: string;

  @IsISO8601({ strict: true })
  closedAt!: string;
}

export const OpportunityClosed = defineEvent({
  type: 'org.icn.opportunities.opportunity.closed.v1',
  version: 1,
  topic: Topics.opportunitiesOpportunity,
  aggregate: 'opportunity',
  payload: OpportunityClosedV1,
  summary: 'The publisher closed a published opportunity before its deadline (for example: awarded, filled). This is final; carries the full state.',
});
