import { describe, expect, it } from '@jest/globals';
import { emailChangeOf, emailChannelOf, hourLabel, weekdayName } from './email-channel-values';

const form = (entries: readonly [string, string][]): FormData => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

const daily: readonly [string, string][] = [
  ['channels.email.on', 'on'],
  ['channels.email.recipients', 'c1'],
  ['channels.email.recipients', 'c2'],
  ['channels.email.cadence', 'daily'],
  ['channels.email.timeZone', 'Europe/Copenhagen'],
  ['channels.email.hour', '7'],
  ['channels.email.weekday', '3'],
  ['channels.email.priority.deadlineWithinDays', '5'],
  ['channels.email.priority.recommendedMinScore', ''],
];

describe('the e-mail channel of the subscription form', () => {
  it('reads a daily channel: recipients, zone, hour, the filled priority rule only, no weekday', () => {
    expect(emailChannelOf(form(daily))).toEqual({
      recipients: ['c1', 'c2'],
      cadence: 'daily',
      timeZone: 'Europe/Copenhagen',
      hour: 7,
      priority: { deadlineWithinDays: 5 },
    });
  });

  it('keeps the weekday of a weekly digest and passes a bad number on for the API to judge', () => {
    const weekly = form([...daily.filter(([name]) => name !== 'channels.email.cadence' && name !== 'channels.email.priority.recommendedMinScore'), ['channels.email.cadence', 'weekly'], ['channels.email.priority.recommendedMinScore', 'x']]);
    expect(emailChannelOf(weekly)).toMatchObject({ cadence: 'weekly', weekday: 3, priority: { deadlineWithinDays: 5, recommendedMinScore: Number.NaN } });
  });

  it('is nothing when switched off; a PATCH removes an existing channel and leaves an absent one alone', () => {
    const off = form(daily.filter(([name]) => name !== 'channels.email.on'));
    expect(emailChannelOf(off)).toBeUndefined();
    expect(emailChangeOf(off, { recipients: ['c1'], cadence: 'instant', timeZone: 'UTC', hour: 0 })).toEqual({ email: null });
    expect(emailChangeOf(off, undefined)).toEqual({});
    expect(emailChangeOf(form(daily), undefined).email).toMatchObject({ cadence: 'daily' });
  });

  it('names hours and ISO weekdays', () => {
    expect(hourLabel(7)).toBe('07:00');
    expect(weekdayName(1)).toBe('Monday');
    expect(weekdayName(7)).toBe('Sunday');
  });
});
