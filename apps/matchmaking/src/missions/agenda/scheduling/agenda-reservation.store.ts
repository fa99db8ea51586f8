/** One thing a meeting holds in one slot: its delegate's time, its owner's time, or a table. */
export interface AgendaReservation {
  reservationId: string;
  meetingId: string;
  missionId: string;
  slotId: string;
}

/** The one atomic operation FerretDB gives us: inserting a document with a unique `_id`. */
export interface AgendaReservationStore {
  /** Inserts the reservation; false when that `_id` is taken (someone else's meeting holds it). */
  tryInsert(reservation: AgendaReservation): Promise<boolean>;
  /** The meeting holding this reservation id, if any (a retried acceptance finds its own). */
  holderOf(reservationId: string): Promise<string | null>;
  /**
   * Gives back those of the reservations this meeting holds; one another meeting holds (taken since
   * a lost attempt gave it back) is left alone.
   */
  release(meetingId: string, reservationIds: readonly string[]): Promise<void>;
}

/*
 * Reservation ids: a participant or a table in a slot of a mission. Being `_id`s, each can be held
 * by one meeting only, which is the whole no-double-booking rule, across replicas.
 */

export function delegateReservationId(missionId: string, slotId: string, organisationId: string): string {
  return `${missionId}:${slotId}:delegate:${organisationId}`;
}

export function ownerReservationId(missionId: string, slotId: string, ownerId: string): string {
  return `${missionId}:${slotId}:owner:${ownerId}`;
}

export function tableReservationId(missionId: string, slotId: string, table: number): string {
  return `${missionId}:${slotId}:table:${table}`;
}
