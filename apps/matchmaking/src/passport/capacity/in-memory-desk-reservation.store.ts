import type { DeskReservationStore } from './desk-allocator';

/** A DeskReservationStore for unit tests: a Map stands in for the unique `_id` index. */
export class InMemoryDeskReservationStore implements DeskReservationStore {
  readonly reservations = new Map<string, string>();

  tryInsert(reservationId: string, applicationId: string): Promise<boolean> {
    if (this.reservations.has(reservationId)) return Promise.resolve(false);
    this.reservations.set(reservationId, applicationId);
    return Promise.resolve(true);
  }

  holderOf(reservationId: string): Promise<string | null> {
    return Promise.resolve(this.reservations.get(reservationId) ?? null);
  }

  readonly renewed: string[] = [];

  renew(reservationId: string): Promise<void> {
    this.renewed.push(reservationId);
    return Promise.resolve();
  }

  release(applicationId: string, reservationIds: readonly string[]): Promise<void> {
    reservationIds.filter((id) => this.reservations.get(id) === applicationId).forEach((id) => this.reservations.delete(id));
    return Promise.resolve();
  }
}
