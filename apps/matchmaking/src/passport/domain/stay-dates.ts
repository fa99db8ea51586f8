import { DomainValidationError } from '@icn/platform';

/** A Passport visit is a short stay; longer ones are a secondment, not something a cluster hosts. */
export const MAX_STAY_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Parses a YYYY-MM-DD calendar date as UTC midnight; null when it is not a real date (2026-02-30). */
function parseDay(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const time = Date.parse(`${value}T00:00:00.000Z`);
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) return null;
  return time;
}

/**
 * Checks a requested stay: real dates, `to` not before `from`, at most MAX_STAY_DAYS days, and
 * starting after today (UTC): a host needs time to prepare, and a past stay cannot be hosted.
 */
export function assertValidStay(from: string, to: string, now: Date): void {
  const start = parseDay(from);
  if (start === null) throw new DomainValidationError('from', 'must be a real calendar date (YYYY-MM-DD)');
  const end = parseDay(to);
  if (end === null) throw new DomainValidationError('to', 'must be a real calendar date (YYYY-MM-DD)');
  const today = Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00.000Z`);
  if (start <= today) throw new DomainValidationError('from', 'must be in the future (after today, UTC)');
  if (end < start) throw new DomainValidationError('to', 'must not be before from');
  const days = (end - start) / DAY_MS + 1;
  if (days > MAX_STAY_DAYS) throw new DomainValidationError('to', `a stay lasts at most ${MAX_STAY_DAYS} days (this one is ${days})`);
}

/** Every calendar day of a stay, both ends included, as YYYY-MM-DD. */
export function daysOfStay(from: string, to: string): string[] {
  const start = parseDay(from);
  const end = parseDay(to);
  if (start === null || end === null) throw new Error(`invalid stay ${from}..${to}`);
  const days: string[] = [];
  for (let time = start; time <= end; time += DAY_MS) days.push(new Date(time).toISOString().slice(0, 10));
  return days;
}
