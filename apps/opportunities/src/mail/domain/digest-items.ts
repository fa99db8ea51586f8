import type { NotificationKind, NotificationV1 } from '@icn/contracts';
import type { DigestPeriod } from './digest-period';

/** The order of a mail's groups: what asks for action first. */
export const MAIL_GROUP_ORDER: readonly NotificationKind[] = [
  'recommended',
  'deadline-reminder',
  'published',
  'deadline-extended',
  'updated',
  'closed',
  'cancelled',
  'expired',
];

export interface MailGroup {
  kind: NotificationKind;
  notifications: NotificationV1[];
}

/**
 * What one digest holds: exactly the notifications created in the period, each once (by
 * notification id: a notification read twice, e.g. from two pages or a re-processed cause, is one
 * item), grouped by kind in MAIL_GROUP_ORDER, and within a group by deadline, then feed order.
 * The notifications come from the subscription's feed, so what a subscriber may not see (another
 * cluster's restricted items) was never there: the fan-out's visibility rule decided that once.
 */
export function digestGroups(notifications: readonly NotificationV1[], period: Pick<DigestPeriod, 'start' | 'end'>): MailGroup[] {
  const start = period.start.getTime();
  const end = period.end.getTime();
  const unique = new Map<string, NotificationV1>();
  for (const notification of notifications) {
    const created = Date.parse(notification.createdAt);
    if (created >= start && created < end && !unique.has(notification.notificationId)) unique.set(notification.notificationId, notification);
  }
  return groupsOf([...unique.values()]);
}

/** Groups in MAIL_GROUP_ORDER (empty ones left out), each ordered by deadline, then feed order. */
export function groupsOf(notifications: readonly NotificationV1[]): MailGroup[] {
  return MAIL_GROUP_ORDER.map((kind) => ({
    kind,
    notifications: notifications
      .filter((notification) => notification.kind === kind)
      .sort((a, b) => Date.parse(a.opportunity.deadline) - Date.parse(b.opportunity.deadline) || a.seq - b.seq),
  })).filter((group) => group.notifications.length > 0);
}
