/*
 * Wall-clock times at the mission's destination. Slots are agreed as local times ("Tuesday 09:30 in
 * New York"); calendars and ordering need the instant, which depends on the zone's offset that day
 * (DST). Node's ICU data (Intl) knows every IANA zone, so no time-zone library is needed.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** True for an IANA zone name Intl knows (e.g. `America/New_York`, `Asia/Shanghai`, `UTC`). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The instant at which the clocks of `timeZone` show `date` `time`. Within the hour a DST change
 * skips or repeats it resolves to the earlier candidate; nobody plans a B2B slot at 02:30 on that night.
 */
export function zonedTimeToUtc(date: string, time: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wallClockAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The offset at the naive guess is right except within hours of a transition; one more look fixes that.
  const firstGuess = wallClockAsUtc - offsetAt(wallClockAsUtc, timeZone);
  const corrected = wallClockAsUtc - offsetAt(firstGuess, timeZone);
  return new Date(Math.min(firstGuess, corrected));
}

/** `HH:MM` plus minutes, as minutes since midnight (may exceed 24 h: the caller decides). */
export function minutesOfDay(time: string): number {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return hour * 60 + minute;
}

/** Minutes since midnight as `HH:MM`; 1440 is `24:00` (a slot ending at midnight). */
export function timeOfDay(minutes: number): string {
  const hour = Math.floor(minutes / 60);
  return `${String(hour).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Local time minus UTC, in milliseconds, at `instant` in `timeZone`. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(new Date(instant))
      .filter((part) => part.type !== 'literal')
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  const localAsUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return localAsUtc - Math.floor(instant / 1000) * 1000;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
