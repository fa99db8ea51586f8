import type { AgendaReservation, AgendaReservationStore } from './agenda-reservation.store';

/**
 * An AgendaReservationStore for unit tests: a Map stands in for the unique `_id` index. Every call
 * yields to the event loop first, so concurrent placements really interleave as they would
 * against the database.
 */
export class InMemoryAgendaReservationStore implements AgendaReservationStore {
  readonly reservations = new Map<string, string>();

  async tryInsert(reservation: AgendaReservation): Promise<boolean> {
    await Promise.resolve();
    if (this.reservations.has(reservation.reservationId)) return false;
    this.reservations.set(reservation.reservationId, reservation.meetingId);
    return true;
  }

  async holderOf(reservationId: string): Promise<string | null> {
    await Promise.resolve();
    return this.reservations.get(reservationId) ?? null;
  }

  async release(meetingId: string, reservationIds: readonly string[]): Promise<void> {
    await Promise.resolve();
    reservationIds.filter((id) => this.reservations.get(id) === meetingId).forEach((id) => this.reservations.delete(id));
  }
}
