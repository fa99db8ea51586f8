import type { EmailChannelV1, NotificationV1 } from '@icn/contracts';

const DAY_MS = 86_400_000;

/**
 * Whether a notification goes out by mail at once whatever the cadence: an instant channel always;
 * a digest channel when its priority rule holds — the opportunity's deadline at most N days after
 * the notification, or a `recommended` notification with a match score of at least X.
 */
export function sendsAtOnce(email: EmailChannelV1, notification: NotificationV1): boolean {
  if (email.cadence === 'instant') return true;
  const priority = email.priority;
  if (!priority) return false;
  if (priority.deadlineWithinDays !== undefined) {
    const left = Date.parse(notification.opportunity.deadline) - Date.parse(notification.createdAt);
    if (left >= 0 && left <= priority.deadlineWithinDays * DAY_MS) return true;
  }
  return priority.recommendedMinScore !== undefined && notification.kind === 'recommended' && (notification.recommendation?.score ?? -1) >= priority.recommendedMinScore;
}
