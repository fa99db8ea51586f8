import type { ProjectionBookkeeping } from '@icn/messaging';
import type { OpportunitySnapshotV1 } from '@icn/contracts';

/**
 * Matchmaking's copy of an opportunity, built only from the opportunities service's events. Every
 * such event carries the full snapshot, so the document is simply the latest snapshot, kept as one
 * sub-document: replacing it in one `$set` also drops optional fields the new snapshot no longer has.
 */
export interface MatchmakingOpportunityDocument extends ProjectionBookkeeping {
  _id: string;
  opportunity: OpportunitySnapshotV1;
}

export const MATCHMAKING_OPPORTUNITIES_COLLECTION = 'matchmaking_opportunities';
