import { dueReminder, reminderHorizon } from './reminder-plan';

const day = 24 * 60 * 60 * 1000;
const now = new Date('2025-03-01T12:00:00Z');
const inDays = (days: number) => new Date(now.getTime() + days * day);

describe('dueReminder', () => {
  it.each([
    [20, undefined],
    [14, 14],
    [10, 14],
    [3, 3],
    [0.5, 3],
    [0, undefined],
    [-1, undefined],
  ])('deadline in %s days -> %s', (days, expected) => {
    expect(dueReminder(inDays(days), now, [14, 3])).toBe(expected);
  });

  it('looks as far ahead as the longest lead time', () => {
    expect(reminderHorizon(now, [3, 14])).toEqual(inDays(14));
  });
});
