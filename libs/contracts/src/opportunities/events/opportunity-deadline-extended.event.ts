// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsISO8601, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { OpportunitySnapshotV1 } from '../opportunity.snapshot';

export class OpportunityDeadlineExtendedV1 {
  @ValidateNested()
  @Type(() => OpportunitySnapshotV1)
  opportunity!: OpportunitySnapshotV1;

  /** The deadline before the extension; the new one is `opportunity.deadline` (always later). */
  @IsISO8601({ strict: true })
  previousDeadline!: string;
}

export const OpportunityDeadlineExtended = defineEvent({
  type: 'org.icn.opportunities.opportunity.deadline-extended.v1',
  version: 1,
  topic: Topics.opportunitiesOpportunity,
  aggregate: 'opportunity',
  payload: OpportunityDeadlineExtendedV1,
  summary: 'The deadline of a published opportunity moved later; carries the full new state and the previous deadline.',
});
