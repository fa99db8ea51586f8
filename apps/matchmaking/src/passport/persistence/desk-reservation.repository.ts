import { DATABASE_CONNECTION, isDuplicateKeyError } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Connection, mongo } from 'mongoose';
import type { DeskReservationStore } from '../capacity/desk-allocator';
import type { HeldDesk } from '../capacity/stale-desk-reservations';

/** One desk of one host on one day, held by one application. */
interface DeskReservationDocument {
  /** `<hostClusterId>:<yyyy-mm-dd>:<desk n>`: the unique `_id` is what makes a desk exclusive. */
  _id: string;
  applicationId: string;
  hostClusterId: string;
  day: string;
  /** When it was taken or last reused (ISO); the stale-desk sweeper leaves young ones alone. */
  reservedAt?: string;
}

export const DESK_RESERVATIONS_COLLECTION = 'passport_desk_reservations';

/**
 * Desk reservations. FerretDB updates are not atomic under concurrency, but an insert with a unique
 * `_id` is, so a desk is taken by inserting its id and given back by deleting it. Commands use only
 * `_id` lookups, the one filter FerretDB pushes down; the periodic sweep is the one scan.
 */
@Injectable()
export class DeskReservationRepository implements DeskReservationStore {
  private readonly collection: mongo.Collection<DeskReservationDocument>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.collection = connection.collection<DeskReservationDocument>(DESK_RESERVATIONS_COLLECTION);
  }

  async tryInsert(reservationId: string, applicationId: string, hostClusterId: string, day: string): Promise<boolean> {
    try {
      await this.collection.insertOne({ _id: reservationId, applicationId, hostClusterId, day, reservedAt: new Date().toISOString() });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  async holderOf(reservationId: string): Promise<string | null> {
    const reservation = await this.collection.findOne({ _id: reservationId });
    return reservation?.applicationId ?? null;
  }

  async renew(reservationId: string, applicationId: string): Promise<void> {
    await this.collection.updateOne({ _id: reservationId, applicationId }, { $set: { reservedAt: new Date().toISOString() } });
  }

  async release(applicationId: string, reservationIds: readonly string[]): Promise<void> {
    // One `_id` equality per delete (`$in` would make FerretDB scan the collection); the holder in
    // the filter keeps a late release from freeing a desk another application has taken since.
    for (const reservationId of reservationIds) await this.collection.deleteOne({ _id: reservationId, applicationId });
  }

  /** Every reservation, for the sweeper (the collection holds desks × days, a few thousand at most). */
  async all(): Promise<HeldDesk[]> {
    const documents = await this.collection.find({}, { projection: { applicationId: 1, reservedAt: 1 } }).toArray();
    return documents.map((document) => ({
      reservationId: document._id,
      applicationId: document.applicationId,
      ...(document.reservedAt === undefined ? {} : { reservedAt: document.reservedAt }),
    }));
  }

  /**
   * Deletes the reservation only if it is still the one the sweeper judged stale (same holder, not
   * renewed since): a desk reused or retaken meanwhile is left alone. True when it was deleted.
   */
  async releaseIfUnchanged(desk: HeldDesk): Promise<boolean> {
    const result = await this.collection.deleteOne({
      _id: desk.reservationId,
      applicationId: desk.applicationId,
      reservedAt: desk.reservedAt === undefined ? { $exists: false } : desk.reservedAt,
    });
    return result.deletedCount === 1;
  }
}
