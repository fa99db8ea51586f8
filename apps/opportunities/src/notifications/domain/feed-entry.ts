import type { NotificationKind } from '@icn/contracts';

/** A feed entry as the rest of the app sees it. */
export interface FeedEntry {
  subscriptionId: string;
  seq: number;
  notificationId: string;
  kind: NotificationKind;
  opportunityId: string;
  /** The serialised NotificationDelivered CloudEvent. */
  event: string;
}
