import type { Connection } from 'mongoose';
import { forEachBounded } from '../concurrency/for-each-bounded';
import type { CommitRecord } from './commit';

/** The commits of one service's database. A mongo collection in production, in memory in unit tests. */
export interface CommitStore {
  /** Inserts the commit; resolves false when its `_id` (the claimed version) is already taken. */
  claim(commit: CommitRecord): Promise<boolean>;
  findById(id: string): Promise<CommitRecord | null>;
  /** The aggregate's unpublished commits, oldest first (an indexed query: `aggregate` + `published`). */
  unpublishedOf(aggregate: string): Promise<CommitRecord[]>;
  /** Unpublished commits written before `before` (left by a crashed writer), oldest first. */
  orphans(before: Date, limit: number): Promise<CommitRecord[]>;
  markPublished(ids: readonly string[]): Promise<void>;
  countUnpublished(): Promise<number>;
}

/** The collection every service's commits live in, in its own database. */
export const COMMITS_COLLECTION = 'commits';

/** Commits marked published at once (see markPublished). */
const MARKS_IN_FLIGHT = 8;

/** MongoDB's (and FerretDB's) duplicate-key error code. */
const DUPLICATE_KEY = 11000;

function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === DUPLICATE_KEY;
}

/**
 * Commits in the service's own database, through the native driver: a commit is written once and
 * read back as stored (no schema casting), and its events' `value` strings are published verbatim.
 * Each index names the query it serves.
 */
export class MongoCommitStore implements CommitStore {
  private readonly collection;

  constructor(connection: Connection) {
    this.collection = connection.collection<CommitRecord>(COMMITS_COLLECTION);
  }

  async ensureIndexes(): Promise<void> {
    // unpublishedOf(aggregate): the relay's check that no earlier commit of the aggregate is pending.
    await this.collection.createIndex({ aggregate: 1, published: 1 }, { name: 'unpublished_of_aggregate' });
    // orphans(before): the safety-net scan for commits a crashed writer did not publish.
    await this.collection.createIndex({ published: 1, committedAt: 1 }, { name: 'unpublished_by_age' });
  }

  async claim(commit: CommitRecord): Promise<boolean> {
    try {
      await this.collection.insertOne(commit);
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  findById(id: string): Promise<CommitRecord | null> {
    return this.collection.findOne({ _id: id });
  }

  async unpublishedOf(aggregate: string): Promise<CommitRecord[]> {
    const found = await this.collection.find({ aggregate, published: false }).toArray();
    return found.sort(byClaimId);
  }

  async orphans(before: Date, limit: number): Promise<CommitRecord[]> {
    const found = await this.collection.find({ published: false, committedAt: { $lt: before } }, { limit }).toArray();
    return found.sort(byClaimId);
  }

  /**
   * One `_id` update per commit, a few in flight. FerretDB 1.24 pushes down only `_id` equality:
   * `updateMany({ _id: { $in } })` read the whole collection on every relay pass, so with 100,000
   * commits each pass took seconds and every create waited for its predecessors' marks (measured:
   * 10 creates/s on the 100k store, HTTP → directory p50 15 s, every commit still unmarked after the
   * drain; one updateMany of 2 ids took 12.3 s against 2 ms for an `_id` update). One `update`
   * command with many statements is no way out: it hung FerretDB (see applyFoldedBatch).
   */
  async markPublished(ids: readonly string[]): Promise<void> {
    await forEachBounded(ids, async (id) => void (await this.collection.updateOne({ _id: id }, { $set: { published: true } })), MARKS_IN_FLIGHT);
  }

  countUnpublished(): Promise<number> {
    return this.collection.countDocuments({ published: false });
  }
}

/** Claim ids sort per aggregate in version order (zero-padded), which is the order to publish in. */
export function byClaimId(a: CommitRecord, b: CommitRecord): number {
  return a._id < b._id ? -1 : a._id > b._id ? 1 : 0;
}
