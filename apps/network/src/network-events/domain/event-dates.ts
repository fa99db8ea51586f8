import { isCalendarDate, DomainValidationError } from '@icn/platform';

/** The UTC calendar day of an instant (YYYY-MM-DD). */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * An event's days: real calendar dates (no 31 June), `to` not before `from`, at most 31 days long,
 * and not starting in the past (a registration list for a past event has no use).
 */
export function assertValidEventDates(from: string, to: string, now: Date): void {
  if (!isCalendarDate(from)) throw new DomainValidationError('from', 'must be a calendar date (YYYY-MM-DD)');
  if (!isCalendarDate(to)) throw new DomainValidationError('to', 'must be a calendar date (YYYY-MM-DD)');
  if (to < from) throw new DomainValidationError('to', `must not be before from (${from})`);
  if (daysBetween(from, to) > 30) throw new DomainValidationError('to', 'an event lasts at most 31 days');
  if (from < utcDay(now)) throw new DomainValidationError('from', `must not be in the past (today is ${utcDay(now)} UTC)`);
}

/** The day after a calendar date (iCalendar's exclusive DTEND of an all-day event). */
export function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return utcDay(day);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
