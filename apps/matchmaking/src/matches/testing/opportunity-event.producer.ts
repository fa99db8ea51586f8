import { OpportunityClosed, OpportunityPublished, Topics, type OpportunitySnapshotV1 } from '@icn/contracts';
import { buildEvent } from '@icn/messaging';
import type { RecordMetadata } from 'kafkajs';
import { MembershipEventProducer } from '../../directory/testing/membership-event.producer';

const SOURCE = '/icn/opportunities';

/**
 * Plays the opportunities service in integration tests: its events as its relay publishes them
 * (keyed by opportunity id, `sequence` = the snapshot's version), on the real topic.
 */
export class OpportunityEventProducer {
  constructor(private readonly producer: MembershipEventProducer) {}

  published(opportunity: OpportunitySnapshotV1): Promise<RecordMetadata[]> {
    return this.producer.send(
      Topics.opportunitiesOpportunity,
      buildEvent(OpportunityPublished, { subject: opportunity.opportunityId, sequence: opportunity.version, data: { opportunity }, source: SOURCE }),
    );
  }

  /** Closes the opportunity: the snapshot one version later, with status `closed`. */
  closed(opportunity: OpportunitySnapshotV1): Promise<RecordMetadata[]> {
    const closedAt = new Date().toISOString();
    const closed: OpportunitySnapshotV1 = { ...opportunity, status: 'closed', version: opportunity.version + 1, updatedAt: closedAt };
    return this.producer.send(
      Topics.opportunitiesOpportunity,
      buildEvent(OpportunityClosed, { subject: opportunity.opportunityId, sequence: closed.version, data: { opportunity: closed, closedAt }, source: SOURCE }),
    );
  }
}
