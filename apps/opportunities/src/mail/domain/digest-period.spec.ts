import { latestDuePeriod } from './digest-period';
import { instantAt, isIanaTimeZone, localDateTime } from './time-zone';

const at = (iso: string): Date => new Date(iso);

describe('latestDuePeriod', () => {
  it('daily at 08:00 Berlin: before 08:00 local the due digest is the one that ended yesterday', () => {
    const schedule = { cadence: 'daily', timeZone: 'Europe/Berlin', hour: 8 } as const;
    // 06:59 UTC = 07:59 CET
    expect(latestDuePeriod(schedule, at('2026-12-05T06:59:00Z'))).toEqual({
      key: 'daily:2026-12-04',
      start: at('2026-12-03T07:00:00Z'),
      end: at('2026-12-04T07:00:00Z'),
    });
    // 07:00 UTC = 08:00 CET: today's period is over and due
    expect(latestDuePeriod(schedule, at('2026-12-05T07:00:00Z'))).toEqual({
      key: 'daily:2026-12-05',
      start: at('2026-12-04T07:00:00Z'),
      end: at('2026-12-05T07:00:00Z'),
    });
  });

  it('consecutive periods meet without gap or overlap, 23 h and 25 h long across daylight-saving changes', () => {
    const schedule = { cadence: 'daily', timeZone: 'Europe/Berlin', hour: 8 } as const;
    const spring = latestDuePeriod(schedule, at('2026-03-29T12:00:00Z'));
    expect(spring).toEqual({ key: 'daily:2026-03-29', start: at('2026-03-28T07:00:00Z'), end: at('2026-03-29T06:00:00Z') });
    const autumn = latestDuePeriod(schedule, at('2026-10-25T12:00:00Z'));
    expect(autumn).toEqual({ key: 'daily:2026-10-25', start: at('2026-10-24T06:00:00Z'), end: at('2026-10-25T07:00:00Z') });
    let end = at('2026-01-01T12:00:00Z');
    for (let day = 0; day < 400; day += 1) {
      const now = new Date(end.getTime() + 86_400_000);
      const period = latestDuePeriod(schedule, now);
      const previous = latestDuePeriod(schedule, new Date(period.start.getTime()));
      expect(previous.end).toEqual(period.start);
      expect(localDateTime(period.end, 'Europe/Berlin').hour).toBe(8);
      end = now;
    }
  });

  it('weekly on Monday 09:00 New York: the period is the seven days before the last Monday 09:00', () => {
    const schedule = { cadence: 'weekly', timeZone: 'America/New_York', hour: 9, weekday: 1 } as const;
    // Saturday 2026-12-05: the last Monday is 2026-11-30, 09:00 EST = 14:00 UTC
    expect(latestDuePeriod(schedule, at('2026-12-05T10:00:00Z'))).toEqual({
      key: 'weekly:2026-11-30',
      start: at('2026-11-23T14:00:00Z'),
      end: at('2026-11-30T14:00:00Z'),
    });
    // Monday 2026-12-07 08:59 local: still the previous week's
    expect(latestDuePeriod(schedule, at('2026-12-07T13:59:00Z')).key).toBe('weekly:2026-11-30');
    expect(latestDuePeriod(schedule, at('2026-12-07T14:00:00Z')).key).toBe('weekly:2026-12-07');
  });

  it('a zone east of UTC past midnight: the local date names the period', () => {
    const schedule = { cadence: 'daily', timeZone: 'Pacific/Auckland', hour: 7 } as const;
    // 2026-12-05T18:30Z = 2026-12-06 07:30 NZDT (UTC+13)
    expect(latestDuePeriod(schedule, at('2026-12-05T18:30:00Z'))).toMatchObject({ key: 'daily:2026-12-06', end: at('2026-12-05T18:00:00Z') });
  });
});

describe('time zones', () => {
  it('accepts canonical IANA names and refuses offsets, abbreviations and typos', () => {
    expect(['Europe/Berlin', 'America/New_York', 'UTC', 'Asia/Kolkata'].map(isIanaTimeZone)).toEqual([true, true, true, true]);
    expect(['+01:00', 'CET1', 'Europe/Berlinn', '', 'europe/berlin '].map(isIanaTimeZone)).toEqual([false, false, false, false, false]);
  });

  it('an hour skipped by spring-forward is the first instant after the gap; a repeated hour its first occurrence', () => {
    expect(instantAt({ year: 2026, month: 3, day: 29 }, 2, 'Europe/Berlin')).toEqual(at('2026-03-29T01:00:00Z'));
    expect(instantAt({ year: 2026, month: 10, day: 25 }, 2, 'Europe/Berlin')).toEqual(at('2026-10-25T00:00:00Z'));
  });
});
