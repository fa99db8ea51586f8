import { isDuplicateKeyError } from '@icn/platform';
import type { mongo } from 'mongoose';
import type { ProjectionWrite } from './projection-write';
import { toGuardedUpdate, type ApplyOutcome } from './sequence-guard';

/** Read-model documents are keyed by the aggregate id (a string), never by an ObjectId. */
export type GuardedCollection = mongo.Collection<{ _id: string } & mongo.Document>;

/**
 * Applies one event's write as a single conditional update (see `toGuardedUpdate`). The collection
 * is untyped on purpose: the driver's typings cannot express dotted `contacts.<id>` paths; the exact
 * update shape is unit-tested in sequence-guard.spec.ts instead.
 *
 * - matched or upserted: applied, exactly once, because the filter and the `lastSequence` bump are
 *   one single-document write (atomic on MongoDB; see the FerretDB caveat below);
 * - upsert collided on `_id` (11000): the document exists and is not older; two replicas racing on
 *   the first event land here too, and one of them has applied it;
 * - no match without upsert: a delta for a document that is either newer (stale) or absent
 *   (missing). The extra read happens only on this rare path, to tell the two apart.
 *
 * FerretDB 1.24 caveat (measured): it does not run a conditional update atomically, so two
 * CONCURRENT updates of one document can both match and the older can revert the newer. We never
 * issue those within a process: an aggregate's events share a partition, and a partition is
 * handled one message at a time. Two replicas overlapping during a rebalance could still race on
 * FerretDB; on MongoDB the filter alone makes this exactly-once. The first-event upsert race is
 * safe on both, because the unique `_id` index is enforced by the storage.
 */
export async function applyGuardedWrite(collection: GuardedCollection, write: ProjectionWrite): Promise<ApplyOutcome> {
  const { filter, update, upsert } = toGuardedUpdate(write);
  try {
    const result = await collection.updateOne(filter, update, { upsert });
    if (result.matchedCount > 0 || result.upsertedCount > 0) {
      return 'applied';
    }
  } catch (error) {
    if (upsert && isDuplicateKeyError(error)) {
      return 'stale';
    }
    throw error;
  }
  const existing = await collection.findOne({ _id: write.id }, { projection: { _id: 1 } });
  return existing === null ? 'missing' : 'stale';
}
