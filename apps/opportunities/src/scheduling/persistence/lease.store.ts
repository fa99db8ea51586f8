import { DATABASE_CONNECTION, isDuplicateKeyError } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Connection, mongo } from 'mongoose';

/** One generation of a named lease; `_id` = `<name>:<generation>` is what makes a takeover atomic. */
export interface LeaseDocument {
  _id: string;
  name: string;
  generation: number;
  holder: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

export const LEASES_COLLECTION = 'scheduler_leases';
/** Old generations kept for diagnosis (who held it when), then removed. */
const KEPT_GENERATIONS = 5;

/**
 * A lease that at most one replica holds at a time, on a database without transactions and whose
 * concurrent single-document updates are not atomic (FerretDB).
 *
 * Why generations: the only operation FerretDB makes atomic across processes is inserting a
 * document with a unique `_id`. So a lease is a chain of generation documents; taking it over means
 * inserting generation n+1, which exactly one contender wins (the others get duplicate key). Only
 * the holder ever updates its own generation (to renew it or to let it go), so no two processes
 * update one document concurrently. A contender takes over only after `expiresAt`, and the holder
 * renews on every poll with a TTL well above the poll period, so a live holder is never displaced.
 */
@Injectable()
export class LeaseStore implements OnModuleInit {
  private readonly leases: mongo.Collection<LeaseDocument>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.leases = connection.collection<LeaseDocument>(LEASES_COLLECTION);
  }

  async onModuleInit(): Promise<void> {
    // tryAcquire(): the latest generation of a lease.
    await this.leases.createIndex({ name: 1, generation: -1 });
  }

  /** Acquires or renews the lease for `holder`; true while it holds it until `now + ttlMs`. */
  async tryAcquire(name: string, holder: string, ttlMs: number, now = Date.now()): Promise<boolean> {
    const latest = await this.latest(name);
    if (latest !== null && latest.expiresAt > now) {
      if (latest.holder !== holder) return false;
      await this.leases.updateOne({ _id: latest._id, holder }, { $set: { expiresAt: now + ttlMs } });
      // A contender could only have inserted a newer generation had ours expired meanwhile (a stall).
      return (await this.leases.findOne({ name, generation: { $gt: latest.generation } }, { projection: { _id: 1 } })) === null;
    }
    const generation = (latest?.generation ?? 0) + 1;
    try {
      await this.leases.insertOne({ _id: `${name}:${generation}`, name, generation, holder, expiresAt: now + ttlMs });
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
    await this.leases.deleteMany({ name, generation: { $lte: generation - KEPT_GENERATIONS } });
    return true;
  }

  /** Lets the lease go at once (graceful shutdown), so another replica need not wait for the TTL. */
  async release(name: string, holder: string): Promise<void> {
    const latest = await this.latest(name);
    if (latest !== null && latest.holder === holder) {
      await this.leases.updateOne({ _id: latest._id, holder }, { $set: { expiresAt: 0 } });
    }
  }

  private latest(name: string): Promise<LeaseDocument | null> {
    return this.leases.find({ name }).sort({ generation: -1 }).limit(1).next();
  }
}
