import { type ProjectionWrite, writeFor } from '@icn/messaging';
import type { CloudEvent, ProgrammeSnapshotV1 } from '@icn/contracts';

/** Both programme events (registered, updated) carry the full programme. */
export interface ProgrammeSnapshotEvent {
  programme: ProgrammeSnapshotV1;
}

/**
 * Any programme event replaces the stored snapshot under the sequence guard: the network service
 * publishes `sequence` = the programme's version (ADR 12), so only a newer version is applied and
 * redeliveries are skipped. Upsert is always allowed because each event carries the full state (a
 * missed predecessor is healed by the next one).
 */
export function projectProgrammeSnapshot(event: CloudEvent<ProgrammeSnapshotEvent>): ProjectionWrite {
  const programme = event.data.programme;
  return writeFor(event, programme.programmeId, { set: { programme: plainSnapshot(programme) }, unset: [], upsert: true });
}

/**
 * The validated payload is a class-transformer instance; storing a JSON copy keeps exactly the
 * snapshot's fields (an absent description dropped, no class internals), which is what a reader gets back.
 */
function plainSnapshot(programme: ProgrammeSnapshotV1): ProgrammeSnapshotV1 {
  return JSON.parse(JSON.stringify(programme)) as ProgrammeSnapshotV1;
}
