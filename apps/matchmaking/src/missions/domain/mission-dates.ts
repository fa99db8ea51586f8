import { DomainValidationError } from '@icn/platform';

/** A mission abroad lasts days, not months; longer is a secondment or an exhibition. */
export const MAX_MISSION_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Parses a YYYY-MM-DD calendar date as UTC midnight; null when it is not a real date (2026-02-30). */
export function parseDay(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const time = Date.parse(`${value}T00:00:00.000Z`);
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) return null;
  return time;
}

function todayUtc(now: Date): number {
  return Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00.000Z`);
}

export interface MissionDates {
  from: string;
  to: string;
  callCutOff: string;
}

/**
 * A new mission: real dates, starting after today (UTC), `to` not before `from`, at most
 * MAX_MISSION_DAYS days, and a call cut-off from today on and strictly before `from`, so the
 * organiser has time to select before the delegation travels.
 */
export function assertValidMissionDates(dates: MissionDates, now: Date): void {
  const start = parseDay(dates.from);
  if (start === null) throw new DomainValidationError('from', 'must be a real calendar date (YYYY-MM-DD)');
  const end = parseDay(dates.to);
  if (end === null) throw new DomainValidationError('to', 'must be a real calendar date (YYYY-MM-DD)');
  const cutOff = parseDay(dates.callCutOff);
  if (cutOff === null) throw new DomainValidationError('callCutOff', 'must be a real calendar date (YYYY-MM-DD)');
  const today = todayUtc(now);
  if (start <= today) throw new DomainValidationError('from', 'must be in the future (after today, UTC)');
  if (end < start) throw new DomainValidationError('to', 'must not be before from');
  const days = (end - start) / DAY_MS + 1;
  if (days > MAX_MISSION_DAYS) throw new DomainValidationError('to', `a mission lasts at most ${MAX_MISSION_DAYS} days (this one is ${days})`);
  if (cutOff < today) throw new DomainValidationError('callCutOff', 'must not be in the past');
  if (cutOff >= start) throw new DomainValidationError('callCutOff', 'must be before from');
}

/**
 * The call accepts applications through the whole cut-off day, UTC: one instant for everyone,
 * whatever their own time zone, stated as such in the 409 a late applicant gets.
 */
export function cutOffHasPassed(callCutOff: string, now: Date): boolean {
  const cutOff = parseDay(callCutOff);
  if (cutOff === null) throw new Error(`invalid cut-off ${callCutOff}`);
  return now.getTime() >= cutOff + DAY_MS;
}

/** True once the mission's first day has begun (UTC): only then can it be marked completed. */
export function hasStarted(from: string, now: Date): boolean {
  const start = parseDay(from);
  if (start === null) throw new Error(`invalid date ${from}`);
  return now.getTime() >= start;
}

/**
 * Checks an IANA time zone with the runtime's own database (Intl) and returns its canonical
 * spelling ("america/new_york" → "America/New_York"), so equal zones are stored equally.
 */
export function canonicalTimeZone(timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    throw new DomainValidationError('timeZone', `must be an IANA time zone such as Europe/Copenhagen or America/New_York (got ${timeZone})`);
  }
}
