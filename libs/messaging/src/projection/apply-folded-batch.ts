import { DUPLICATE_KEY_ERROR_CODE } from '@icn/platform';
import type { GuardedCollection } from './apply-guarded-write';
import { forEachBounded } from '../concurrency/for-each-bounded';
import { foldWrites, type FoldedWrite } from './fold-writes';
import type { ProjectionWrite } from './projection-write';
import { toFoldedUpdate, toNewDocument } from './sequence-guard';

/**
 * Documents per `insertMany`, and guarded updates in flight per batch. Measured on FerretDB 1.24 on
 * PostgreSQL (pool_max_conns=32): one `update` command with 100 statements (an unordered
 * `bulkWrite`) never answered and left the whole FerretDB process hung, every pooled connection
 * idle; 10 statements took 176 ms. So updates go out as single-statement commands, a few at a time,
 * and inserts in chunks of a size that measured fast (100 documents: 15 ms).
 */
const INSERT_CHUNK = 100;
const UPDATES_IN_FLIGHT = 4;

/** A document as the batch stored it, keyed by `_id`. */
export type WrittenDocument = { _id: string } & Record<string, unknown>;

/**
 * What a fully applied batch knows of the stored state: the documents it inserted whole and wrote
 * nothing else to, exactly as stored. A listener (the matching index) takes those instead of reading
 * them back — during a rebuild that is nearly every document, and FerretDB reads by `_id` one at a
 * time (it does not push `$in` down), which cost 75–85 % of a catch-up batch.
 */
export interface AppliedBatch {
  readonly written: ReadonlyMap<string, WrittenDocument>;
}

/**
 * Applies a partition's run of writes to one collection in far fewer round trips than three per
 * event, and says whether every event was applied. `false` (or a thrown error) means the batch met
 * something only the one-by-one path can judge — a redelivered or replayed event (stale), a delta
 * for a document never built (missing), a race with another replica — and the caller replays the
 * run event by event: every write is guarded by its sequence, so whatever this call did apply is
 * skipped as stale then, and nothing is applied twice.
 *
 * - consecutive events of one document are folded into one guarded update (see foldWrites): one
 *   round trip per document and batch instead of one per event;
 * - a document whose first event here is its aggregate's first (`subjectsequence` 1, a snapshot) is
 *   new in the usual case — a read model being built or rebuilt — and is written with `insertMany`
 *   (unordered); one that exists makes the insert collide on `_id`, which sends the run one by one;
 * - the other folds go out in rounds: round k holds the k-th fold of each document, so one
 *   document's folds stay in order while different documents' updates overlap.
 */
export async function applyFoldedBatch(collection: GuardedCollection, writes: readonly ProjectionWrite[]): Promise<AppliedBatch | undefined> {
  const inserts: FoldedWrite[] = [];
  const rounds: FoldedWrite[][] = [];
  const insertedOnly = new Set<string>();
  for (const chain of foldWrites(writes)) {
    chain.forEach((fold, index) => {
      if (index === 0 && fold.upsert && fold.firstSequence === 1) {
        inserts.push(fold);
        // Later folds of the chain update it: then only a read knows the stored result.
        if (chain.length === 1) insertedOnly.add(fold.id);
      } else (rounds[index] ??= []).push(fold);
    });
  }
  const written = new Map<string, WrittenDocument>();
  for (let start = 0; start < inserts.length; start += INSERT_CHUNK) {
    const documents = inserts.slice(start, start + INSERT_CHUNK).map(toNewDocument);
    if (!(await insertAll(collection, documents))) return undefined;
    for (const document of documents) {
      if (insertedOnly.has(document._id)) written.set(document._id, document);
    }
  }
  // filter: a round is a hole when every document of the batch started with an insert.
  for (const round of rounds.filter((entry) => entry !== undefined)) {
    if (!(await updateAll(collection, round))) return undefined;
  }
  return { written };
}

async function insertAll(collection: GuardedCollection, documents: readonly WrittenDocument[]): Promise<boolean> {
  try {
    // A copy per document: the driver may decorate what it is given, and `written` must stay as built.
    const result = await collection.insertMany(documents.map((document) => ({ ...document })), { ordered: false });
    return result.insertedCount === documents.length;
  } catch (error) {
    if (isOnlyDuplicateKeys(error)) return false;
    throw error;
  }
}

/** Every update must match (or upsert) its document; any miss sends the run one by one. */
async function updateAll(collection: GuardedCollection, folds: readonly FoldedWrite[]): Promise<boolean> {
  return forEachBounded(folds, (fold) => updateOne(collection, fold), UPDATES_IN_FLIGHT);
}

async function updateOne(collection: GuardedCollection, fold: FoldedWrite): Promise<boolean> {
  const { filter, update, upsert } = toFoldedUpdate(fold);
  try {
    const result = await collection.updateOne(filter, update, { upsert });
    return result.matchedCount + result.upsertedCount === 1;
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
