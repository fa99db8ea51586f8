// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsISO8601, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { OpportunitySnapshotV1 } from '../opportunity.snapshot';

export class OpportunityCancelledV1 {
  @ValidateNested()
  @Type(() => OpportunitySnapshotV1)
  opportunity!: OpportunitySnapshotV1;

  @IsOptional()
  @IsString()
  @Length(1, 500)
  reason?: string;

  @IsISO8601({ strict: true })
  cancelledAt!: string;
}

export const OpportunityCancelled = defineEvent({
  type: 'org.icn.opportunities.opportunity.cancelled.v1',
  version: 1,
  topic: Topics.opportunitiesOpportunity,
  aggregate: 'opportunity',
  payload: OpportunityCancelledV1,
  summary: 'A published opportunity was withdrawn; responses are no longer wanted. This is final; carries the full state.',
});
