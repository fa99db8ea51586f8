import { LANGUAGE } from '../i18n/catalogue';

/**
 * Calendar days as the APIs write them (YYYY-MM-DD, no time zone: a Passport stay, a mission's
 * dates). They are computed and shown in UTC so that no viewer's time zone moves them by a day.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
const dayFormat = new Intl.DateTimeFormat(LANGUAGE, { dateStyle: 'medium', timeZone: 'UTC' });
const longDayFormat = new Intl.DateTimeFormat(LANGUAGE, { dateStyle: 'full', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat(LANGUAGE, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const weekdayFormat = new Intl.DateTimeFormat(LANGUAGE, { weekday: 'short', timeZone: 'UTC' });

function timeOf(day: string): number {
  return Date.parse(`${day}T00:00:00.000Z`);
}

function dayOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export const formatDay = (day: string): string => dayFormat.format(timeOf(day));
export const formatLongDay = (day: string): string => longDayFormat.format(timeOf(day));

/** Today's date in UTC; `now` is passed in so rendering stays pure. */
export const todayOf = (now: Date): string => now.toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
  return dayOf(timeOf(day) + days * DAY_MS);
}

/** Every day from `from` to `to`, both included. */
export function daysFrom(from: string, to: string): string[] {
  const days: string[] = [];
  for (let time = timeOf(from); time <= timeOf(to); time += DAY_MS) days.push(dayOf(time));
  return days;
}

/** A month as `YYYY-MM`. */
export type Month = string;

export const monthOf = (day: string): Month => day.slice(0, 7);
export const formatMonth = (month: Month): string => monthFormat.format(timeOf(`${month}-01`));

export function addMonths(month: Month, months: number): Month {
  const date = new Date(timeOf(`${month}-01`));
  date.setUTCMonth(date.getUTCMonth() + months);
  return dayOf(date.getTime()).slice(0, 7);
}

/**
 * The weeks of a month for a calendar grid, Monday first: each week is seven days, `null` where
 * the day belongs to the month before or after.
 */
export function weeksOf(month: Month): (string | null)[][] {
  const first = `${month}-01`;
  const last = addDays(`${addMonths(month, 1)}-01`, -1);
  const leading = (new Date(timeOf(first)).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = [...Array.from({ length: leading }, () => null), ...daysFrom(first, last)];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let index = 0; index < cells.length; index += 7) weeks.push(cells.slice(index, index + 7));
  return weeks;
}

/** Short weekday names, Monday first (2024-01-01 was a Monday). */
export const WEEKDAYS: readonly string[] = daysFrom('2024-01-01', '2024-01-07').map((day) => weekdayFormat.format(timeOf(day)));
