import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { daysFrom } from '../../components/calendar-days';
import type { PassportApplication, PassportStatus } from './labels';

/** Statuses in which a visit with desk hosting holds (or held) a desk on each day of its stay. */
const DESK_STATUSES: readonly PassportStatus[] = ['accepted', 'scheduled', 'completed'];
const PAGE_SIZE = 100;

/**
 * The host's visits with desk hosting, as the calendar counts them. The service keeps its desk
 * reservations to itself; an accepted, scheduled or completed visit that asked for a desk holds one
 * on every day of its stay, so counting those per day gives the same figure.
 */
export async function deskVisitsOf(hostClusterId: string): Promise<PassportApplication[]> {
  const visits: PassportApplication[] = [];
  for (const status of DESK_STATUSES) {
    let cursor: string | undefined;
    do {
      const page = await expectOk(api.matchmaking.GET('/passport/applications', { params: { query: { hostClusterId, status, limit: PAGE_SIZE, ...(cursor !== undefined && { cursor }) } } }));
      visits.push(...page.items.filter((application) => application.services.includes('desk-hosting')));
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
  }
  return visits;
}

/** Desks booked per day (YYYY-MM-DD → count). */
export function bookedPerDay(visits: readonly PassportApplication[]): ReadonlyMap<string, number> {
  const booked = new Map<string, number>();
  for (const visit of visits) for (const day of daysFrom(visit.from, visit.to)) booked.set(day, (booked.get(day) ?? 0) + 1);
  return booked;
}
