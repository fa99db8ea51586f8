import type { OutboxEntry } from './outbox-entry';

export interface PendingAggregate {
  _id: unknown;
  outbox: OutboxEntry[];
}

/** The relay's view of one aggregate collection (a mongoose model in production, a fake in tests). */
export interface OutboxStore {
  readonly name: string;
  /** Aggregates with at least one pending entry, entries exactly as stored. */
  findPending(limit: number): Promise<PendingAggregate[]>;
  /** Removes exactly these entries; returns false when nothing matched. */
  removePublished(id: unknown, entries: readonly OutboxEntry[]): Promise<boolean>;
  countPending(): Promise<number>;
}

/** Any mongoose Model satisfies this; the relay works on the native collection underneath. */
export interface OutboxModel {
  collection: {
    collectionName: string;
    find(filter: object, options?: object): { toArray(): Promise<object[]> };
    updateOne(filter: object, update: object): Promise<{ modifiedCount: number }>;
    countDocuments(filter: object): Promise<number>;
  };
}

// `'outbox.0': {$exists: true}` ("the array is not empty") works on both MongoDB and FerretDB 1.24.
// It is not index-backed: FerretDB has no partial indexes, and the set of aggregates with pending
// events is tiny once the relay keeps up, so the poll's scan is cheap next to an extra flag field.
const PENDING = { 'outbox.0': { $exists: true } };

/**
 * Adapts a mongoose model. Reads and removes through the native driver on purpose: mongoose would
 * cast the elements through the schema (key order, types) before `$pullAll`, while FerretDB only
 * removes an element that equals the stored one exactly — so we pass back the very value we read.
 */
export function mongooseOutboxStore(model: OutboxModel): OutboxStore {
  const collection = model.collection;
  return {
    name: collection.collectionName,
    async findPending(limit) {
      const docs = await collection.find(PENDING, { projection: { outbox: 1 }, limit }).toArray();
      return docs as PendingAggregate[];
    },
    async removePublished(id, entries) {
      const result = await collection.updateOne({ _id: id }, { $pullAll: { outbox: [...entries] } });
      return result.modifiedCount > 0;
    },
    countPending: () => collection.countDocuments(PENDING),
  };
}
