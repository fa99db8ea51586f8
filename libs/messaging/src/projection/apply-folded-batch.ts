import { DUPLICATE_KEY_ERROR_CODE } from '@icn/platform';
import type { GuardedCollection } from './apply-guarded-write';
import { foldWrites, type FoldedWrite } from './fold-writes';
import type { ProjectionWrite } from './projection-write';
import { toFoldedUpdate, toNewDocument } from './sequence-guard';

/**
 * Applies a partition's run of writes to one collection in a few round trips instead of one per
 * event, and says whether every event was applied. `false` (or a thrown error) means the batch met
 * something only the one-by-one path can judge — a redelivered or replayed event (stale), a delta
 * for a document never built (missing), a race with another replica — and the caller replays the
 * run event by event: every write is guarded by its sequence, so whatever this call did apply is
 * skipped as stale then, and nothing is applied twice.
 *
 * - consecutive events of one document are folded into one update (see foldWrites);
 * - a document whose first event here is its aggregate's first (`subjectsequence` 1, a snapshot) is
 *   new in the usual case — a read model being built or rebuilt — and is written with `insertMany`
 *   (unordered); one that exists makes the insert collide on `_id`, which sends the run one by one;
 * - the other folds go out with one unordered `bulkWrite` per round: round k holds the k-th fold of
 *   each document, so one document's folds stay in order while different documents share a request.
 */
export async function applyFoldedBatch(collection: GuardedCollection, writes: readonly ProjectionWrite[]): Promise<boolean> {
  const inserts: FoldedWrite[] = [];
  const rounds: FoldedWrite[][] = [];
  for (const chain of foldWrites(writes)) {
    chain.forEach((fold, index) => {
      if (index === 0 && fold.upsert && fold.firstSequence === 1) inserts.push(fold);
      else (rounds[index] ??= []).push(fold);
    });
  }
  // The inserts and the first round touch different documents. allSettled, not all: the caller may
  // replay the run as soon as this returns, and must not race a request still in flight.
  const [inserted, firstRound] = await Promise.allSettled([insertAll(collection, inserts), updateAll(collection, rounds[0] ?? [])]);
  if (inserted.status === 'rejected') throw inserted.reason;
  if (firstRound.status === 'rejected') throw firstRound.reason;
  if (!inserted.value || !firstRound.value) return false;
  for (const round of rounds.slice(1)) {
    if (!(await updateAll(collection, round))) return false;
  }
  return true;
}

async function insertAll(collection: GuardedCollection, folds: readonly FoldedWrite[]): Promise<boolean> {
  if (folds.length === 0) return true;
  try {
    const result = await collection.insertMany(folds.map(toNewDocument), { ordered: false });
    return result.insertedCount === folds.length;
  } catch (error) {
    if (isOnlyDuplicateKeys(error)) return false;
    throw error;
  }
}

/** Every update must have matched (or upserted) its document; any other count sends the run one by one. */
async function updateAll(collection: GuardedCollection, folds: readonly FoldedWrite[]): Promise<boolean> {
  if (folds.length === 0) return true;
  const operations = folds.map((fold) => {
    const { filter, update, upsert } = toFoldedUpdate(fold);
    return { updateOne: { filter, update, upsert } };
  });
  try {
    const result = await collection.bulkWrite(operations, { ordered: false });
    return result.matchedCount + result.upsertedCount === folds.length;
  } catch (error) {
    // An upsert that met a newer document collides on `_id`: stale, for the one-by-one path to see.
    if (isOnlyDuplicateKeys(error)) return false;
    throw error;
  }
}

function isOnlyDuplicateKeys(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const writeErrors = (error as { writeErrors?: unknown }).writeErrors;
  const list = Array.isArray(writeErrors) ? writeErrors : writeErrors === undefined ? [] : [writeErrors];
  if (list.length === 0) return (error as { code?: unknown }).code === DUPLICATE_KEY_ERROR_CODE;
  return list.every((entry: unknown) => typeof entry === 'object' && entry !== null && (entry as { code?: unknown }).code === DUPLICATE_KEY_ERROR_CODE);
}
