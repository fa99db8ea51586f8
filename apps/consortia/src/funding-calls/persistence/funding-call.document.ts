import type { ProjectionBookkeeping } from '@icn/messaging';
import type { OpportunitySnapshotV1 } from '@icn/contracts';

/**
 * Consortia's copy of a `funding-call` opportunity, built only from the opportunities service's
 * events. Each event carries the full snapshot, so the document is the latest snapshot, kept as one
 * sub-document that one `$set` replaces whole.
 */
export interface FundingCallDocument extends ProjectionBookkeeping {
  _id: string;
  opportunity: OpportunitySnapshotV1;
}

export const FUNDING_CALLS_COLLECTION = 'funding_calls';
