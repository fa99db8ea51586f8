import { type ProjectionWrite, writeFor } from '@icn/messaging';
import type { CloudEvent, OpportunitySnapshotV1 } from '@icn/contracts';

/** Every opportunity lifecycle event (published, updated, extended, closed, cancelled, expired). */
export interface OpportunitySnapshotEvent {
  opportunity: OpportunitySnapshotV1;
}

/**
 * Keeps funding calls only: tenders, events and the rest are of no use to a consortium, so they are
 * not stored (`null`). An opportunity's type is fixed when it is drafted, so a stored call never
 * turns into something else. Otherwise as matchmaking's opportunity projection: the snapshot
 * replaces the stored one under the sequence guard (sequence = the snapshot's version).
 */
export function projectFundingCall(event: CloudEvent<OpportunitySnapshotEvent>): ProjectionWrite | null {
  const opportunity = event.data.opportunity;
  if (opportunity.type !== 'funding-call') return null;
  return writeFor(event, opportunity.opportunityId, { set: { opportunity: plainSnapshot(opportunity) }, unset: [], upsert: true });
}

/** The validated payload is a class instance; a JSON copy keeps exactly the snapshot's fields. */
function plainSnapshot(opportunity: OpportunitySnapshotV1): OpportunitySnapshotV1 {
  return JSON.parse(JSON.stringify(opportunity)) as OpportunitySnapshotV1;
}
