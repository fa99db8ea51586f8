// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { OpportunitySnapshotV1 } from '../opportunity.snapshot';

export class OpportunityPublishedV1 {
  @ValidateNested()
  @Type(() => OpportunitySnapshotV1)
  opportunity!: OpportunitySnapshotV1;
}

/**
 * The first event of an opportunity: drafts emit nothing (they are private to the origin cluster),
 * so `subjectsequence` starts at the version the draft had reached, not necessarily 1.
 */
export const OpportunityPublished = defineEvent({
  type: 'org.icn.opportunities.opportunity.published.v1',
  version: 1,
  topic: Topics.opportunitiesOpportunity,
  aggregate: 'opportunity',
  payload: OpportunityPublishedV1,
  summary: 'An opportunity was published to the network (drafts emit no event); carries the full state.',
});
