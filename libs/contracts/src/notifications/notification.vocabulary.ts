/**
 * Vocabularies of opportunity delivery (subscriptions and their notifications). Closed lists:
 * extending one is a backward-compatible change, removing a value is not.
 */

/** Who owns a subscription: a whole cluster (its managers) or one member organisation. */
export const SUBSCRIBER_KINDS = ['cluster', 'organisation'] as const;
export type SubscriberKind = (typeof SUBSCRIBER_KINDS)[number];

/**
 * Why a subscriber is notified: the lifecycle event of the opportunity it matches, a reminder
 * that the deadline of an opportunity it follows is near, or matchmaking recommending a newly
 * published opportunity to the subscribing organisation (`recommended`, with the reasons).
 */
export const NOTIFICATION_KINDS = [
  'published',
  'updated',
  'deadline-extended',
  'closed',
  'cancelled',
  'expired',
  'deadline-reminder',
  'recommended',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Delivery state of a subscription's webhook: `disabled` after persistent failure, until the owner re-enables it. */
export const WEBHOOK_STATUSES = ['enabled', 'disabled'] as const;
export type WebhookStatus = (typeof WEBHOOK_STATUSES)[number];

/** How often a subscription's e-mail goes out: each notification at once, or a digest per day or week. */
export const EMAIL_CADENCES = ['instant', 'daily', 'weekly'] as const;
export type EmailCadence = (typeof EMAIL_CADENCES)[number];
