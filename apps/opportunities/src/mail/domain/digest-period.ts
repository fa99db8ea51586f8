import { addDays, formatLocalDate, instantAt, isoWeekday, localDateTime, type LocalDate } from './time-zone';

/** How often a subscription's e-mail goes out: each notification at once, or a digest per day or week. */
export const MAIL_CADENCES = ['instant', 'daily', 'weekly'] as const;
export type MailCadence = (typeof MAIL_CADENCES)[number];

/** When a digest goes out: at `hour`:00 of the recipient's clock, every day or on `weekday` (ISO, 1 = Monday). */
export interface DigestSchedule {
  cadence: 'daily' | 'weekly';
  timeZone: string;
  hour: number;
  weekday?: number;
}

/**
 * One digest's period: the notifications created in [start, end) go into it, and it is due at
 * `end`. `key` names it for the exactly-once claim (`<subscriptionId>:<key>`): the local date of
 * its end, so a replica anywhere, and a restart, name the same period the same way.
 */
export interface DigestPeriod {
  key: string;
  start: Date;
  end: Date;
}

/**
 * The newest period that is over at `now` — the digest to send if it has not been sent. Periods
 * follow the recipient's clock: a daily period is 23 or 25 hours long across a daylight-saving change.
 */
export function latestDuePeriod(schedule: DigestSchedule, now: Date): DigestPeriod {
  const step = schedule.cadence === 'daily' ? 1 : 7;
  let endDate: LocalDate = localDateTime(now, schedule.timeZone);
  if (schedule.cadence === 'weekly') {
    const weekday = schedule.weekday ?? 1;
    endDate = addDays(endDate, -((isoWeekday(endDate) - weekday + 7) % 7));
  }
  let end = instantAt(endDate, schedule.hour, schedule.timeZone);
  if (end.getTime() > now.getTime()) {
    endDate = addDays(endDate, -step);
    end = instantAt(endDate, schedule.hour, schedule.timeZone);
  }
  const start = instantAt(addDays(endDate, -step), schedule.hour, schedule.timeZone);
  return { key: `${schedule.cadence}:${formatLocalDate(endDate)}`, start, end };
}

