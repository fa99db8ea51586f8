import type { Model } from 'mongoose';
import type { Versioned } from './change';

/**
 * Where an aggregate's current state is kept for reads and queries: a cache of its commits (ADR 12).
 * It may lag behind them or, on a store whose updates are not atomic (FerretDB), be overwritten by
 * an older state for a moment; the write path never trusts it beyond its version, and every later
 * write or relay pass brings it forward again.
 */
export interface SnapshotStore<S extends Versioned> {
  find(id: string): Promise<S | null>;
  /** Stores `state` unless the stored snapshot is already at its version or later. */
  bringForward(state: S): Promise<void>;
  /** Deletes the snapshot of a removed aggregate. */
  remove(id: string): Promise<void>;
}

/** How an aggregate's state maps to its document (the `_id` and any derived query fields). */
export interface SnapshotMapping<S, D> {
  toDocument(state: S): D & { _id: string; version: number };
  toState(document: D): S;
}

/** A snapshot store on a mongoose model: documents are cast by the schema like any other write. */
export function mongooseSnapshots<S extends Versioned, D>(model: Model<D>, mapping: SnapshotMapping<S, D>): SnapshotStore<S> {
  return {
    async find(id) {
      const document = await model.findById(id).lean<D>().exec();
      return document ? mapping.toState(document) : null;
    },
    async bringForward(state) {
      const document = mapping.toDocument(state);
      // A first version is almost always new: insert it in one round trip instead of two.
      if (document.version === 1) {
        await insertUnlessPresent(model, document);
        return;
      }
      const replaced = await model.replaceOne({ _id: document._id, version: { $lt: document.version } }, document).exec();
      if (replaced.matchedCount > 0) return;
      await insertUnlessPresent(model, document);
    },
    async remove(id) {
      await model.deleteOne({ _id: id }).exec();
    },
  };
}

/** Inserts the document unless one with its `_id` exists (at its version or a later one: nothing to bring forward). */
async function insertUnlessPresent<D>(model: Model<D>, document: D & { _id: string }): Promise<void> {
  try {
    await model.create([document]);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 11000) throw error;
  }
}
