import { Inject, Injectable } from '@nestjs/common';
import type { Collection } from 'mongoose';
import { IDEMPOTENCY_COLLECTION, IDEMPOTENCY_OPTIONS, ResolvedIdempotencyOptions } from './idempotency-options';
import { IdempotencyRecord } from './idempotency-record';
import { isDuplicateKeyError } from '../database/duplicate-key';

/**
 * Persistence of idempotency records. Every write is conditional on the lock token (or on the
 * expiry), so two replicas racing on one key can never overwrite each other's record: FerretDB has
 * no transactions, but single-document conditional writes and the unique _id are enough.
 */
@Injectable()
export class IdempotencyStore {
  private readonly collection: Collection<IdempotencyRecord>;

  constructor(@Inject(IDEMPOTENCY_OPTIONS) options: ResolvedIdempotencyOptions) {
    this.collection = options.connection.collection<IdempotencyRecord>(IDEMPOTENCY_COLLECTION);
  }

  async ensureIndexes(): Promise<void> {
    // Serves deleteExpired's `{expiresAt: {$lte: now}}`. Not a TTL index: FerretDB has none.
    await this.collection.createIndex({ expiresAt: 1 }, { name: 'expiresAt_1' });
  }

  /** Inserts the in-progress record; false when the id already exists (someone holds the key). */
  async tryInsert(record: IdempotencyRecord): Promise<boolean> {
    try {
      await this.collection.insertOne(record);
      return true;
    } catch (error: unknown) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  async find(id: string): Promise<IdempotencyRecord | null> {
    return this.collection.findOne({ _id: id });
  }

  async complete(id: string, lockToken: string, status: number, body: string | null, now: Date): Promise<boolean> {
    const result = await this.collection.updateOne(
      { _id: id, lockToken, state: 'in-progress' },
      { $set: { state: 'completed', responseStatus: status, responseBody: body, completedAt: now } },
    );
    return result.matchedCount === 1;
  }

  /** Removes our in-progress record after the handler failed, so the client may retry. */
  async release(id: string, lockToken: string): Promise<void> {
    await this.collection.deleteOne({ _id: id, lockToken, state: 'in-progress' });
  }

  /** Replaces an orphaned in-progress record with ours; false if someone else got there first. */
  async takeOver(staleLockToken: string, record: IdempotencyRecord): Promise<boolean> {
    const result = await this.collection.replaceOne(
      { _id: record._id, lockToken: staleLockToken, state: 'in-progress' },
      record,
    );
    return result.matchedCount === 1;
  }

  async deleteIfExpired(id: string, now: Date): Promise<void> {
    await this.collection.deleteOne({ _id: id, expiresAt: { $lte: now } });
  }

  async deleteExpired(now: Date): Promise<number> {
    const result = await this.collection.deleteMany({ expiresAt: { $lte: now } });
    return result.deletedCount;
  }
}
