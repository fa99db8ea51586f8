import type { PassportApplicationState } from '../domain/passport-application';

/** A stored desk reservation as the sweeper sees it. */
export interface HeldDesk {
  reservationId: string;
  applicationId: string;
  /** When it was taken (or last reused); absent on reservations stored before it was recorded. */
  reservedAt?: string;
}

/** Statuses in which an application occupies its desks: the visit is still to happen. */
const HOLDING_STATUSES: ReadonlySet<PassportApplicationState['status']> = new Set(['accepted', 'scheduled']);

/**
 * Whether `application` (null: it does not exist) really holds `desk`: it is accepted or scheduled
 * AND lists that reservation id. Anything else is a desk left behind: by a crash between reserving
 * and recording the acceptance, a failed release after a refused acceptance, or a crash between a
 * cancellation's write and its release.
 */
export function holdsDesk(application: Pick<PassportApplicationState, 'status' | 'deskReservationIds'> | null, desk: HeldDesk): boolean {
  return application !== null && HOLDING_STATUSES.has(application.status) && application.deskReservationIds.includes(desk.reservationId);
}

/**
 * Only reservations older than the cutoff are candidates: an acceptance in progress (here or on
 * another replica) has inserted its desks but not yet written the application, and must not lose
 * them. The grace period is far longer than any acceptance takes.
 */
export function isPastGrace(desk: HeldDesk, cutoff: string): boolean {
  return desk.reservedAt === undefined || desk.reservedAt < cutoff;
}
