import { DATABASE_CONNECTION } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Connection, mongo } from 'mongoose';
import type { DeskReservationStore } from '../capacity/desk-allocator';
import { isDuplicateKeyError } from './duplicate-key';

/** One desk of one host on one day, held by one application. */
interface DeskReservationDocument {
  /** `<hostClusterId>:<yyyy-mm-dd>:<desk n>`: the unique `_id` is what makes a desk exclusive. */
  _id: string;
  applicationId: string;
  hostClusterId: string;
  day: string;
}

export const DESK_RESERVATIONS_COLLECTION = 'passport_desk_reservations';

/**
 * Desk reservations. FerretDB updates are not atomic under concurrency, but an insert with a unique
 * `_id` is, so a desk is taken by inserting its id and given back by deleting it. Only `_id`
 * lookups are used, the one filter FerretDB pushes down.
 */
@Injectable()
export class DeskReservationRepository implements DeskReservationStore {
  private readonly collection: mongo.Collection<DeskReservationDocument>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.collection = connection.collection<DeskReservationDocument>(DESK_RESERVATIONS_COLLECTION);
  }

  async tryInsert(reservationId: string, applicationId: string, hostClusterId: string, day: string): Promise<boolean> {
    try {
      await this.collection.insertOne({ _id: reservationId, applicationId, hostClusterId, day });
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

  async release(reservationIds: readonly string[]): Promise<void> {
    // One `_id` equality per delete: `$in` would make FerretDB scan the collection.
    for (const reservationId of reservationIds) await this.collection.deleteOne({ _id: reservationId });
  }
}
