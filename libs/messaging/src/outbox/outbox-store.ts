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
  /**
   * One aggregate's pending entries (an `_id` lookup, which FerretDB answers without a scan).
   * A store without it is scanned for targeted triggers too.
   */
  findPendingById?(id: unknown): Promise<PendingAggregate | undefined>;
  /** Removes exactly these entries; returns false when nothing matched. */
  removePublished(id: unknown, entries: readonly OutboxEntry[]): Promise<boolean>;
  countPending(): Promise<number>;
}

/** Any mongoose Model satisfies this; the relay works on the native collection underneath. */
export interface OutboxModel {
  collection: {
    collectionName: string;
    find(filter: object, options?: object): { toArray(): Promise<object[]> };
    findOne(filter: object, options?: object): Promise<object | null>;
    updateOne(filter: object, update: object): Promise<{ modifiedCount: number }>;
    countDocuments(filter: object): Promise<number>;
  };
}

// `'outbox.0': {$exists: true}` ("the array is not empty") works on both MongoDB and FerretDB 1.24.
// FerretDB 1.24 (SQLite) pushes no filter but `_id` equality down: this query reads and decodes the
// whole collection (measured: ~0.2-0.9 s for 2,000 organisations here). So it only serves the
// safety-net scan; the relay's normal path looks aggregates up by `_id` (findPendingById).
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
    async findPendingById(id) {
      const doc = (await collection.findOne({ _id: id }, { projection: { outbox: 1 } })) as PendingAggregate | null;
      return doc && Array.isArray(doc.outbox) && doc.outbox.length > 0 ? doc : undefined;
    },
    async removePublished(id, entries) {
      const result = await collection.updateOne({ _id: id }, { $pullAll: { outbox: [...entries] } });
      return result.modifiedCount > 0;
    },
    countPending: () => collection.countDocuments(PENDING),
  };
}
