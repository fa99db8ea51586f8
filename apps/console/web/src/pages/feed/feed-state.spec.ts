import { describe, expect, it } from '@jest/globals';
import type { FeedNotification } from './feed-notification';
import { feedReducer, initialFeed, MAX_FEED_ITEMS, unreadCount, type FeedState } from './feed-state';
import { NO_READ_MARKS } from './read-marks';

function notification(seq: number, opportunityId: string, kind: FeedNotification['kind'] = 'published', extra: Partial<FeedNotification> = {}): FeedNotification {
  return {
    notificationId: `ntf_${String(seq).padStart(32, '0')}`,
    seq,
    kind,
    createdAt: new Date(Date.UTC(2026, 11, 5, 10, 0, seq)).toISOString(),
    opportunity: { opportunityId, title: `Opportunity ${opportunityId}`, type: 'tender', status: 'published', originClusterId: 'clean', deadline: '2027-03-01T12:00:00.000Z' },
    ...extra,
  };
}

const receive = (state: FeedState, ...notifications: FeedNotification[]) => feedReducer(state, { type: 'received', notifications });
const ids = (state: FeedState) => state.items.map((item) => item.opportunity.opportunityId);

describe('the feed', () => {
  it('shows the newest first, each notification once however often the stream replays it', () => {
    let feed = receive(initialFeed(NO_READ_MARKS), notification(1, 'a'), notification(2, 'b'));
    // A reconnect that replays from the start, then the live item.
    feed = receive(feed, notification(1, 'a'), notification(2, 'b'), notification(3, 'c'));
    feed = receive(feed, notification(3, 'c'));
    expect(ids(feed)).toEqual(['c', 'b', 'a']);
    expect(feed.seen.size).toBe(3);
  });

  it('shows one item per opportunity: later news moves it up and keeps the recommendation', () => {
    const recommendation = { rank: 2, score: 9, reasons: [{ summary: 'Shared sector: hydrogen', contribution: 4 }] };
    let feed = receive(initialFeed(NO_READ_MARKS), notification(1, 'a'), notification(2, 'a', 'recommended', { recommendation }), notification(3, 'b'));
    feed = receive(feed, notification(4, 'a', 'deadline-extended', { previousDeadline: '2027-02-01T12:00:00.000Z' }));
    expect(ids(feed)).toEqual(['a', 'b']);
    expect(feed.items[0]).toMatchObject({ seq: 4, kind: 'deadline-extended', recommendation, previousDeadline: '2027-02-01T12:00:00.000Z' });
  });

  it('counts unread items, reads one on opening, all at once, and news makes an item unread again', () => {
    let feed = receive(initialFeed(NO_READ_MARKS), notification(1, 'a'), notification(2, 'b'));
    expect(unreadCount(feed)).toBe(2);
    feed = feedReducer(feed, { type: 'read', opportunityId: 'a' });
    expect(unreadCount(feed)).toBe(1);
    feed = feedReducer(feed, { type: 'read-all' });
    expect(unreadCount(feed)).toBe(0);
    feed = receive(feed, notification(3, 'a', 'updated'));
    expect(unreadCount(feed)).toBe(1);
  });

  it('starts from the read marks kept for the subscription', () => {
    const feed = receive(initialFeed({ upTo: 1, items: { b: 2 } }), notification(1, 'a'), notification(2, 'b'), notification(3, 'c'));
    expect(unreadCount(feed)).toBe(1);
  });

  it('announces each batch that brings unread items, with how many', () => {
    let feed = receive(initialFeed({ upTo: 1, items: {} }), notification(1, 'a'));
    expect(feed.announcement).toEqual({ count: 0, batch: 0 });
    feed = receive(feed, notification(2, 'b'), notification(3, 'c'));
    expect(feed.announcement).toEqual({ count: 2, batch: 1 });
    feed = receive(feed, notification(3, 'c'));
    expect(feed.announcement).toEqual({ count: 2, batch: 1 });
    feed = receive(feed, notification(4, 'd'));
    expect(feed.announcement).toEqual({ count: 1, batch: 2 });
  });

  it('keeps the newest items only', () => {
    const many = Array.from({ length: MAX_FEED_ITEMS + 5 }, (_, index) => notification(index + 1, `o${index + 1}`));
    const feed = receive(initialFeed(NO_READ_MARKS), ...many);
    expect(feed.items).toHaveLength(MAX_FEED_ITEMS);
    expect(feed.items[0]?.seq).toBe(MAX_FEED_ITEMS + 5);
  });
});
