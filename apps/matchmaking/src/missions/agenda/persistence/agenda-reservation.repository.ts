import { DATABASE_CONNECTION, isDuplicateKeyError } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Connection, mongo } from 'mongoose';
import type { AgendaReservation, AgendaReservationStore } from '../scheduling/agenda-reservation.store';

/** A delegate's, an owner's or a table's time in one slot of one mission, held by one meeting. */
interface AgendaReservationDocument {
  /** See agenda-reservation.store.ts: the unique `_id` is what makes the slot exclusive. */
  _id: string;
  meetingId: string;
  missionId: string;
  slotId: string;
  /** When it was taken; absent on reservations stored before the sweeper (they count as old). */
  reservedAt?: string;
}

/** A stored reservation as the sweeper judges it. */
export interface StoredAgendaReservation {
  readonly reservationId: string;
  readonly meetingId: string;
  readonly reservedAt?: string;
}

export const AGENDA_RESERVATIONS_COLLECTION = 'mission_agenda_reservations';

/**
 * Agenda reservations. FerretDB updates are not atomic under concurrency, but an insert with a
 * unique `_id` is, so a reservation is taken by inserting its id and given back by deleting it
 * (the Passport's desks work the same way). Only `_id` lookups, the one filter FerretDB pushes down.
 */
@Injectable()
export class AgendaReservationRepository implements AgendaReservationStore {
  private readonly collection: mongo.Collection<AgendaReservationDocument>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.collection = connection.collection<AgendaReservationDocument>(AGENDA_RESERVATIONS_COLLECTION);
  }

  async tryInsert(reservation: AgendaReservation): Promise<boolean> {
    try {
      await this.collection.insertOne({
        _id: reservation.reservationId,
        meetingId: reservation.meetingId,
        missionId: reservation.missionId,
        slotId: reservation.slotId,
        reservedAt: new Date().toISOString(),
      });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  async holderOf(reservationId: string): Promise<string | null> {
    const reservation = await this.collection.findOne({ _id: reservationId });
    return reservation?.meetingId ?? null;
  }

  /** Every reservation: the sweeper's periodic read (a handful per mission day). */
  async all(): Promise<StoredAgendaReservation[]> {
    const documents = await this.collection.find({}).toArray();
    return documents.map(({ _id, meetingId, reservedAt }) => ({ reservationId: _id, meetingId, ...(reservedAt === undefined ? {} : { reservedAt }) }));
  }

  /** Deletes exactly the reservation judged (same holder, same time): a retaken one is left alone. */
  async releaseIfUnchanged(reservation: StoredAgendaReservation): Promise<boolean> {
    const filter = { _id: reservation.reservationId, meetingId: reservation.meetingId, ...(reservation.reservedAt === undefined ? { reservedAt: { $exists: false } } : { reservedAt: reservation.reservedAt }) };
    return (await this.collection.deleteOne(filter)).deletedCount === 1;
  }

  async release(meetingId: string, reservationIds: readonly string[]): Promise<void> {
    // One `_id` equality per delete (`$in` would make FerretDB scan the collection); the holder in
    // the filter keeps a late release from freeing a slot another meeting has taken since.
    for (const reservationId of reservationIds) await this.collection.deleteOne({ _id: reservationId, meetingId });
  }
}
