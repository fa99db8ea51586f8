import { describe, expect, it } from '@jest/globals';
import { addDays, addMonths, daysFrom, formatDay, weeksOf } from './calendar-days';

describe('calendar days', () => {
  it('lays a month out in Monday-first weeks, blank outside the month', () => {
    const weeks = weeksOf('2026-12');
    // 1 December 2026 is a Tuesday; 31 December a Thursday.
    expect(weeks[0]).toEqual([null, '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    expect(weeks.at(-1)).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', null, null, null]);
    expect(weeks.flat().filter((day) => day !== null)).toHaveLength(31);
  });

  it('handles February of a leap year and a month starting on a Monday', () => {
    expect(weeksOf('2028-02').flat().filter((day) => day !== null)).toHaveLength(29);
    expect(weeksOf('2027-02')[0]?.[0]).toBe('2027-02-01');
  });

  it('moves across month and year ends', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(addMonths('2027-01', 1)).toBe('2027-02');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(daysFrom('2027-02-27', '2027-03-01')).toEqual(['2027-02-27', '2027-02-28', '2027-03-01']);
  });

  it('shows a date-only value on its own day whatever the time zone', () => {
    expect(formatDay('2027-01-14')).toBe('Jan 14, 2027');
  });
});
