import type { FeedNotification, FeedOpportunity, NotificationKind, Recommendation } from './feed-notification';
import { isRead, type ReadMarks } from './read-marks';

/**
 * The feed on screen: one item per opportunity (a `published` and a `recommended` notification of
 * the same opportunity, or its later update, are one item showing the newest news), newest first.
 * Notifications are applied at most once by id, so a replay after a reconnect can never show an
 * item twice, whatever the stream sends.
 */
export interface FeedItem {
  opportunity: FeedOpportunity;
  /** Feed position of the newest notification about it: orders the list and decides unread. */
  seq: number;
  kind: NotificationKind;
  receivedAt: string;
  /** Kept from the `recommended` notification when later news arrives. */
  recommendation?: Recommendation;
  previousDeadline?: string;
  daysBeforeDeadline?: number;
}

export interface FeedState {
  items: readonly FeedItem[];
  seen: ReadonlySet<string>;
  marks: ReadMarks;
  /** The last batch's count of items that became unread, and a counter that changes with every batch that had some. */
  announcement: { count: number; batch: number };
}

export type FeedAction =
  | { type: 'received'; notifications: readonly FeedNotification[] }
  | { type: 'read'; opportunityId: string }
  | { type: 'read-all' };

/** The most items kept on screen; older ones stay in the subscription's feed (and its webhook log). */
export const MAX_FEED_ITEMS = 300;

export function initialFeed(marks: ReadMarks): FeedState {
  return { items: [], seen: new Set(), marks, announcement: { count: 0, batch: 0 } };
}

export const isUnread = (state: FeedState, item: FeedItem): boolean => !isRead(state.marks, item.opportunity.opportunityId, item.seq);

export function unreadCount(state: FeedState): number {
  return state.items.filter((item) => isUnread(state, item)).length;
}

function merged(previous: FeedItem | undefined, notification: FeedNotification): FeedItem {
  const recommendation = notification.recommendation ?? previous?.recommendation;
  return {
    opportunity: notification.opportunity,
    seq: notification.seq,
    kind: notification.kind,
    receivedAt: notification.createdAt,
    ...(recommendation !== undefined && { recommendation }),
    ...(notification.previousDeadline !== undefined && { previousDeadline: notification.previousDeadline }),
    ...(notification.daysBeforeDeadline !== undefined && { daysBeforeDeadline: notification.daysBeforeDeadline }),
  };
}

function received(state: FeedState, notifications: readonly FeedNotification[]): FeedState {
  const seen = new Set(state.seen);
  const byOpportunity = new Map(state.items.map((item) => [item.opportunity.opportunityId, item]));
  const touched = new Set<string>();
  for (const notification of [...notifications].sort((a, b) => a.seq - b.seq)) {
    if (seen.has(notification.notificationId)) continue;
    seen.add(notification.notificationId);
    const id = notification.opportunity.opportunityId;
    const previous = byOpportunity.get(id);
    // A stream delivers in order; should an older notification still come after a newer one, the newer stays shown.
    if (previous !== undefined && previous.seq > notification.seq) continue;
    byOpportunity.set(id, merged(previous, notification));
    touched.add(id);
  }
  if (touched.size === 0) return state;
  const items = [...byOpportunity.values()].sort((a, b) => b.seq - a.seq).slice(0, MAX_FEED_ITEMS);
  const next = { ...state, items, seen };
  const newlyUnread = items.filter((item) => touched.has(item.opportunity.opportunityId) && isUnread(next, item)).length;
  return newlyUnread === 0 ? next : { ...next, announcement: { count: newlyUnread, batch: state.announcement.batch + 1 } };
}

export function feedReducer(state: FeedState, action: FeedAction): FeedState {
  switch (action.type) {
    case 'received':
      return received(state, action.notifications);
    case 'read': {
      const item = state.items.find((candidate) => candidate.opportunity.opportunityId === action.opportunityId);
      if (item === undefined || !isUnread(state, item)) return state;
      return { ...state, marks: { ...state.marks, items: { ...state.marks.items, [action.opportunityId]: item.seq } } };
    }
    case 'read-all': {
      const newest = Math.max(state.marks.upTo, ...state.items.map((item) => item.seq));
      return newest === state.marks.upTo ? state : { ...state, marks: { upTo: newest, items: {} } };
    }
  }
}
