import type { ProjectionWrite } from './projection-write';

/**
 * The sequence guard: a read-model document changes only for an event newer than the last one applied.
 *
 * Why "newer" and not "exactly next": membership events of one aggregate arrive in order (one
 * partition per key), so a gap means a predecessor was parked in the dead-letter topic. Snapshot
 * events carry the full state, so applying a newer one is right and heals the gap; a delta applied
 * over a gap is the best available state until the next snapshot. Older or equal sequences are
 * redeliveries (or a late replay from the DLQ that a newer snapshot already superseded): skipped.
 */
export function isNewer(lastSequence: number | undefined, sequence: number): boolean {
  return lastSequence === undefined || sequence > lastSequence;
}

export interface GuardedUpdate {
  filter: { _id: string; lastSequence: { $lt: number } };
  update: {
    $set: Record<string, unknown>;
    $unset?: Record<string, ''>;
    $inc: { appliedEvents: 1 };
  };
  upsert: boolean;
}

/**
 * Turns a write into ONE conditional update (FerretDB has no transactions): the filter only matches
 * an older document, and the bookkeeping is set in the same statement as the change itself. With
 * upsert, a missing document is inserted; an existing but not-older one makes the upsert collide on
 * `_id` (duplicate key 11000), which the repository reads as "already applied".
 */
export function toGuardedUpdate(write: ProjectionWrite): GuardedUpdate {
  const update: GuardedUpdate['update'] = {
    $set: {
      ...write.set,
      lastSequence: write.sequence,
      lastEventId: write.eventId,
      lastEventType: write.eventType,
      updatedAt: write.eventTime,
    },
    $inc: { appliedEvents: 1 },
  };
  if (write.unset.length > 0) {
    update.$unset = Object.fromEntries(write.unset.map((path) => [path, ''] as const));
  }
  return { filter: { _id: write.id, lastSequence: { $lt: write.sequence } }, update, upsert: write.upsert };
}

/** What applying one write did; `missing` means a delta arrived for a document we never built. */
export type ApplyOutcome = 'applied' | 'stale' | 'missing';
