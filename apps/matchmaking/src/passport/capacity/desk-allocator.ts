import { DomainConflictError } from '@icn/platform';

/** The one atomic operation FerretDB gives us: inserting a document with a unique `_id`. */
export interface DeskReservationStore {
  /** Inserts the reservation; false when that `_id` is taken (the desk is someone else's). */
  tryInsert(reservationId: string, applicationId: string, hostClusterId: string, day: string): Promise<boolean>;
  /** The application already holding this reservation id, if any (a retried acceptance). */
  holderOf(reservationId: string): Promise<string | null>;
  /** Marks the application's own reservation as just taken, so the sweeper's grace period restarts. */
  renew(reservationId: string, applicationId: string): Promise<void>;
  /**
   * Gives back those of the reservations this application holds; one another application holds
   * (taken since a lost attempt gave it back) is left alone.
   */
  release(applicationId: string, reservationIds: readonly string[]): Promise<void>;
}

/** `<hostClusterId>:<yyyy-mm-dd>:<desk n>`: desk n of the host on that day. */
export function deskReservationId(hostClusterId: string, day: string, desk: number): string {
  return `${hostClusterId}:${day}:${desk}`;
}

/**
 * Reserves one desk per day of a stay, never overbooking under concurrent acceptances: a desk is
 * taken by inserting its `_id`, which only one writer can win, trying desks 1..capacity in turn.
 *
 * Days are taken in ascending order and the first full day stops the attempt and gives back what
 * was taken, before the remaining days are merely inspected for the 409's list of full days. The
 * fixed order and the early release mean two overlapping acceptances cannot block each other into
 * both failing: whoever wins the first contested day can take the later ones.
 */
export async function reserveDesks(
  store: DeskReservationStore,
  request: { hostClusterId: string; applicationId: string; days: readonly string[]; desksPerDay: number },
): Promise<string[]> {
  const days = [...request.days].sort();
  const taken: string[] = [];
  for (const [index, day] of days.entries()) {
    const reservationId = await reserveDay(store, request, day);
    if (reservationId !== null) {
      taken.push(reservationId);
      continue;
    }
    await store.release(request.applicationId, taken);
    const fullDays = [day, ...(await fullAmong(store, request, days.slice(index + 1)))];
    throw new DomainConflictError(
      `host cluster ${request.hostClusterId} has no free desk (capacity ${request.desksPerDay} per day) on ${fullDays.join(', ')}`,
    );
  }
  return taken;
}

/** The days on which every desk is held by some other application (read only, reserves nothing). */
async function fullAmong(
  store: DeskReservationStore,
  request: { hostClusterId: string; applicationId: string; desksPerDay: number },
  days: readonly string[],
): Promise<string[]> {
  const full: string[] = [];
  for (const day of days) {
    let free = false;
    for (let desk = 1; desk <= request.desksPerDay && !free; desk++) {
      const holder = await store.holderOf(deskReservationId(request.hostClusterId, day, desk));
      free = holder === null || holder === request.applicationId;
    }
    if (!free) full.push(day);
  }
  return full;
}

async function reserveDay(
  store: DeskReservationStore,
  request: { hostClusterId: string; applicationId: string; desksPerDay: number },
  day: string,
): Promise<string | null> {
  for (let desk = 1; desk <= request.desksPerDay; desk++) {
    const reservationId = deskReservationId(request.hostClusterId, day, desk);
    if (await store.tryInsert(reservationId, request.applicationId, request.hostClusterId, day)) return reservationId;
    // A crashed earlier attempt may have left this application's own reservation behind: reuse it,
    // renewed, so the stale-desk sweeper (which frees exactly such leftovers once they are old)
    // does not take it back while this acceptance is being recorded.
    if ((await store.holderOf(reservationId)) === request.applicationId) {
      await store.renew(reservationId, request.applicationId);
      return reservationId;
    }
  }
  return null;
}
