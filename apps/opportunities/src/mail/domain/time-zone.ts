/**
 * Local wall-clock time in an IANA time zone, with Intl only (no time-zone database of our own):
 * the recipient's hour decides when a digest goes out, and a deadline is shown in their zone.
 */

/** Area/Location as the IANA database spells it (each part capitalised), or UTC. */
const IANA_NAME = /^(?:UTC|[A-Z][A-Za-z_]+(?:\/[A-Z][A-Za-z0-9_+-]*)+)$/;

/**
 * True for an IANA zone name this runtime knows (`Europe/Berlin`, `Asia/Kolkata`, `UTC`); offsets,
 * abbreviations, other spellings and unknown names are refused.
 */
export function isIanaTimeZone(name: string): boolean {
  if (!IANA_NAME.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export interface LocalDate {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** What a clock in `timeZone` shows at `instant`. */
export function localDateTime(instant: Date, timeZone: string): LocalDateTime {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(instant).map((part) => [part.type, part.value]));
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  return { year, month, day, hour: Number(parts.hour), minute: Number(parts.minute), weekday: isoWeekday({ year, month, day }) };
}

/** ISO weekday of a calendar date (1 = Monday). */
export function isoWeekday(date: LocalDate): number {
  const sundayZero = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return sundayZero === 0 ? 7 : sundayZero;
}

/** The calendar date `days` after (or before, negative) `date`. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

export function formatLocalDate(date: LocalDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/**
 * The instant at which a clock in `timeZone` shows `date` at `hour`:00. An hour skipped by a
 * daylight-saving change (02:00 on a spring-forward night) gives the first instant after the gap;
 * an hour that happens twice gives its first occurrence.
 */
export function instantAt(date: LocalDate, hour: number, timeZone: string): Date {
  const wanted = Date.UTC(date.year, date.month - 1, date.day, hour);
  // The zone's offset is read at a guess and the guess corrected; twice covers an offset that
  // changes between the guess and the answer.
  let guess = wanted - offsetMs(new Date(wanted), timeZone);
  guess = wanted - offsetMs(new Date(guess), timeZone);
  const earlier = guess - 3_600_000;
  if (wanted - offsetMs(new Date(earlier), timeZone) === earlier) return new Date(earlier);
  return new Date(guess);
}

/** How far the zone's clock is ahead of UTC at `instant`, in ms. */
function offsetMs(instant: Date, timeZone: string): number {
  const local = localDateTime(instant, timeZone);
  const seconds = instant.getUTCSeconds();
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, seconds);
  return asUtc - (instant.getTime() - instant.getUTCMilliseconds());
}
