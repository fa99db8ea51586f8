import { type ProjectionWrite, writeFor } from '@icn/messaging';
import type { CloudEvent, OpportunitySnapshotV1 } from '@icn/contracts';

/** Every opportunity lifecycle event (published, updated, extended, closed, cancelled, expired). */
export interface OpportunitySnapshotEvent {
  opportunity: OpportunitySnapshotV1;
}

/**
 * Any opportunity event replaces the stored snapshot, under the same sequence guard as the
 * directory: the opportunities service publishes `sequence` = the snapshot's version, so only a
 * newer version is applied and redeliveries are skipped. Upsert is always allowed because each
 * event carries the full state (a missed predecessor is healed by the next one).
 */
export function projectOpportunitySnapshot(event: CloudEvent<OpportunitySnapshotEvent>): ProjectionWrite {
  const opportunity = event.data.opportunity;
  return writeFor(event, opportunity.opportunityId, { set: { opportunity: plainSnapshot(opportunity) }, unset: [], upsert: true });
}

/**
 * The validated payload is a class-transformer instance; storing a JSON copy keeps exactly the
 * snapshot's fields (absent optionals dropped, no class internals), which is what a reader gets back.
 */
function plainSnapshot(opportunity: OpportunitySnapshotV1): OpportunitySnapshotV1 {
  return JSON.parse(JSON.stringify(opportunity)) as OpportunitySnapshotV1;
}
