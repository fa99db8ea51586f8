import type { NotificationKind, OpportunitySnapshotV1 } from '@icn/contracts';
import { isVisibleTo, matches, type MatchableSubscription } from './opportunity-match';

/** The lifecycle notification kinds, i.e. those caused by an opportunity event (not reminders, not recommendations). */
export type LifecycleKind = Exclude<NotificationKind, 'deadline-reminder' | 'recommended'>;

/**
 * Should this subscription hear about this event? Publication: only if it matches. Later changes
 * (update, extension): if it matches now, or if the subscriber already follows the opportunity
 * (heard of it before — it must learn that the deadline moved even if its window no longer fits).
 * Endings (closed, cancelled, expired): followers, and matchers regardless of the deadline window
 * (an expired opportunity's deadline is by definition outside any "at least N days" window).
 * Visibility always applies: a subscriber who may not see the opportunity hears nothing.
 */
export function shouldNotify(
  kind: LifecycleKind,
  subscription: MatchableSubscription,
  opportunity: OpportunitySnapshotV1,
  follows: boolean,
  now: Date,
): boolean {
  if (!isVisibleTo(opportunity, subscription.subscriber)) return false;
  switch (kind) {
    case 'published':
      return matches(subscription, opportunity, { now });
    case 'updated':
    case 'deadline-extended':
      return follows || matches(subscription, opportunity, { now });
    case 'closed':
    case 'cancelled':
    case 'expired':
      return follows || matches(subscription, opportunity, { now, ignoreDeadlineWindow: true });
  }
}
