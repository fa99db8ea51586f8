import type { EmailChannelV1 } from '@icn/contracts';
import { aNotification } from '../testing/mail-fixtures';
import { sendsAtOnce } from './priority-rule';

const daily: EmailChannelV1 = { recipients: ['7d9c1b2a-3e4f-4a5b-9c6d-7e8f9a0b1c2d'], cadence: 'daily', timeZone: 'Europe/Berlin', hour: 8 };

describe('sendsAtOnce', () => {
  it('instant channels send everything at once; digests nothing, without a priority rule', () => {
    const notification = aNotification('published', '2026-12-05T10:00:00Z');
    expect(sendsAtOnce({ ...daily, cadence: 'instant' }, notification)).toBe(true);
    expect(sendsAtOnce(daily, notification)).toBe(false);
  });

  it('a deadline within N days of the notification, or a recommendation scoring at least X, goes out at once', () => {
    const channel = { ...daily, priority: { deadlineWithinDays: 7, recommendedMinScore: 0.8 } };
    expect(sendsAtOnce(channel, aNotification('published', '2026-12-05T10:00:00Z', { opportunity: { deadline: '2026-12-12T10:00:00Z' } }))).toBe(true);
    expect(sendsAtOnce(channel, aNotification('published', '2026-12-05T10:00:00Z', { opportunity: { deadline: '2026-12-12T10:00:01Z' } }))).toBe(false);
    const recommended = (score: number) => aNotification('recommended', '2026-12-05T10:00:00Z', { recommendation: { rank: 1, score, reasons: [] } });
    expect(sendsAtOnce(channel, recommended(0.8))).toBe(true);
    expect(sendsAtOnce(channel, recommended(0.79))).toBe(false);
    expect(sendsAtOnce({ ...daily, priority: { recommendedMinScore: 0.1 } }, aNotification('published', '2026-12-05T10:00:00Z'))).toBe(false);
  });
});
