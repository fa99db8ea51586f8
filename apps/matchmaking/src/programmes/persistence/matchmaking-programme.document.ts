import type { ProjectionBookkeeping } from '@icn/messaging';
import type { ProgrammeSnapshotV1 } from '@icn/contracts';

/**
 * Matchmaking's copy of a partner programme (the network service's), built only from its events.
 * Both programme events carry the full snapshot, so the document is the latest snapshot, kept as one
 * sub-document: replacing it in one `$set` also drops an optional field (the description) the new
 * snapshot no longer has.
 */
export interface MatchmakingProgrammeDocument extends ProjectionBookkeeping {
  _id: string;
  programme: ProgrammeSnapshotV1;
}

export const MATCHMAKING_PROGRAMMES_COLLECTION = 'matchmaking_programmes';
