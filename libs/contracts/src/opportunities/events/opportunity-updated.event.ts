// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsString, ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { OpportunitySnapshotV1 } from '../opportunity.snapshot';

export class OpportunityUpdatedV1 {
  @ValidateNested()
  @Type(() => OpportunitySnapshotV1)
  opportunity!: OpportunitySnapshotV1;

  /** Names of the snapshot fields this change touched, so consumers can skip irrelevant updates. */
  @IsArray()
  @IsString({ each: true })
  @ArrayMinSize(1)
  changedFields!: string[];
}

export const OpportunityUpdated = defineEvent({
  type: 'org.icn.opportunities.opportunity.updated.v1',
  version: 1,
  topic: Topics.opportunitiesOpportunity,
  aggregate: 'opportunity',
  payload: OpportunityUpdatedV1,
  summary: "A published opportunity's content changed (not its deadline); carries the full new state.",
});
