/**
 * An in-memory stand-in for the few collection methods the feed and follow repositories use, for
 * unit tests (no I/O). Unique `_id` and the listed unique fields raise code 11000 like the server;
 * every filter is recorded, so a test can check that hot paths query by `_id` alone (FerretDB reads
 * the whole collection for anything else).
 */
export class FakeCollection<T extends { _id: string }> {
  readonly docs = new Map<string, T>();
  readonly filters: { method: string; filter: Record<string, unknown> }[] = [];
  collectionName = 'fake';

  constructor(private readonly uniqueFields: (keyof T)[] = []) {}

  async insertOne(doc: T): Promise<void> {
    this.filters.push({ method: 'insertOne', filter: {} });
    if (this.clashes(doc)) throw Object.assign(new Error('E11000 duplicate key error'), { code: 11000 });
    this.docs.set(doc._id, structuredClone(doc));
  }

  /** `{ ordered: false }` semantics: every document that does not clash is stored; clashes are reported by index. */
  async insertMany(docs: T[]): Promise<void> {
    this.filters.push({ method: 'insertMany', filter: {} });
    const writeErrors: { index: number; code: number }[] = [];
    docs.forEach((doc, index) => {
      if (this.clashes(doc)) writeErrors.push({ index, code: 11000 });
      else this.docs.set(doc._id, structuredClone(doc));
    });
    if (writeErrors.length > 0) throw Object.assign(new Error('E11000 duplicate key error'), { code: 11000, writeErrors });
  }

  async findOne(filter: Record<string, unknown>): Promise<T | null> {
    this.filters.push({ method: 'findOne', filter });
    return [...this.docs.values()].find((doc) => this.matches(doc, filter)) ?? null;
  }

  async updateOne(filter: Record<string, unknown>, update: { $set: Partial<T> }): Promise<{ matchedCount: number; modifiedCount: number }> {
    this.filters.push({ method: 'updateOne', filter });
    const doc = [...this.docs.values()].find((candidate) => this.matches(candidate, filter));
    if (!doc) return { matchedCount: 0, modifiedCount: 0 };
    const next = { ...doc, ...structuredClone(update.$set) };
    const modified = JSON.stringify(next) !== JSON.stringify(doc);
    this.docs.set(doc._id, next);
    return { matchedCount: 1, modifiedCount: modified ? 1 : 0 };
  }

  /** Filters of `method` calls that named anything besides `_id`. */
  nonIdFilters(method: string): Record<string, unknown>[] {
    return this.filters.filter((call) => call.method === method && Object.keys(call.filter).some((key) => key !== '_id')).map((call) => call.filter);
  }

  private clashes(doc: T): boolean {
    return this.docs.has(doc._id) || [...this.docs.values()].some((other) => this.uniqueFields.some((field) => other[field] === doc[field]));
  }

  private matches(doc: T, filter: Record<string, unknown>): boolean {
    return Object.entries(filter).every(([key, value]) => (doc as Record<string, unknown>)[key] === value);
  }
}

/** A mongoose Connection whose `model()` exposes the fake collection (all the repositories touch). */
export function fakeConnection<T extends { _id: string }>(collection: FakeCollection<T>): never {
  return { model: () => ({ collection, init: async () => undefined }) } as never;
}
