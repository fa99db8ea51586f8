import { createHash } from 'node:crypto';

/**
 * Deterministic notification ids: one cause (an opportunity event, or a planned reminder) for one
 * subscription is one notification, however often the cause is processed (redelivery, two
 * replicas). The id is also the CloudEvent id and the webhook-id, the same on every retry.
 */
export function notificationIdOf(subscriptionId: string, cause: string): string {
  return `ntf_${createHash('sha256').update(`${subscriptionId}\n${cause}`, 'utf8').digest('hex').slice(0, 32)}`;
}

/** The cause key of a reminder: one per opportunity, deadline and lead time. */
export function reminderCause(opportunityId: string, deadline: string, daysBefore: number): string {
  return `reminder:${opportunityId}:${deadline}:${daysBefore}`;
}

/** The cause key of a recommendation: one per opportunity (and subscription), however often suggested. */
export function recommendationCause(opportunityId: string): string {
  return `recommendation:${opportunityId}`;
}
