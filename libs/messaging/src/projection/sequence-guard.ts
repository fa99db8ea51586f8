import type { FoldedWrite } from './fold-writes';
import type { ProjectionWrite } from './projection-write';

/**
 * The sequence guard: a read-model document changes only for an event newer than the last one applied.
 *
 * Why "newer" and not "exactly next": membership events of one aggregate arrive in order (one
 * partition per key), so a gap means a predecessor was parked in the dead-letter topic. Snapshot
 * events carry the full state, so applying a newer one is right and heals the gap; a delta applied
 * over a gap is the best available state until the next snapshot. Older or equal sequences are
 * redeliveries (or a late replay from the DLQ that a newer snapshot already superseded): skipped.
 *
 * The guard is also what makes applying an event idempotent, so guarded projections need no inbox
 * of processed event ids (see EventProjector).
 */
export function isNewer(lastSequence: number | undefined, sequence: number): boolean {
  return lastSequence === undefined || sequence > lastSequence;
}

export interface GuardedUpdate {
  filter: { _id: string; lastSequence: { $lt: number } };
  update: {
    $set: Record<string, unknown>;
    $unset?: Record<string, ''>;
    $inc: { appliedEvents: number };
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
  const { sequence, eventId, eventType, eventTime } = write;
  return toFoldedUpdate({ id: write.id, firstSequence: sequence, upsert: write.upsert, count: 1, last: { sequence, eventId, eventType, eventTime }, set: write.set, unset: write.unset });
}

/** The same for several consecutive events of one document folded into one (see foldWrites). */
export function toFoldedUpdate(fold: FoldedWrite): GuardedUpdate {
  const update: GuardedUpdate['update'] = {
    $set: { ...fold.set, ...bookkeepingOf(fold) },
    $inc: { appliedEvents: fold.count },
  };
  if (fold.unset.length > 0) {
    update.$unset = Object.fromEntries(fold.unset.map((path) => [path, ''] as const));
  }
  return { filter: { _id: fold.id, lastSequence: { $lt: fold.firstSequence } }, update, upsert: fold.upsert };
}

/**
 * The document a fold creates when it is known to be new (its first event is the aggregate's
 * first): what the upsert would insert, as a plain insert. Dotted paths become nested fields.
 */
export function toNewDocument(fold: FoldedWrite): { _id: string } & Record<string, unknown> {
  const document: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(fold.set)) {
    const keys = path.split('.');
    let container = document;
    for (const key of keys.slice(0, -1)) {
      const child = container[key];
      const next = typeof child === 'object' && child !== null ? (child as Record<string, unknown>) : {};
      container[key] = next;
      container = next;
    }
    container[keys[keys.length - 1] ?? path] = value;
  }
  return { ...document, ...bookkeepingOf(fold), appliedEvents: fold.count, _id: fold.id };
}

function bookkeepingOf(fold: FoldedWrite): Record<string, unknown> {
  return { lastSequence: fold.last.sequence, lastEventId: fold.last.eventId, lastEventType: fold.last.eventType, updatedAt: fold.last.eventTime };
}

/** What applying one write did; `missing` means a delta arrived for a document we never built. */
export type ApplyOutcome = 'applied' | 'stale' | 'missing';
