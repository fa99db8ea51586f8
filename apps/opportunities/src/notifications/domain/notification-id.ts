import { createHash } from 'node:crypto';

/**
 * Deterministic notification ids: one cause (an opportunity event, or a planned reminder) for one
 * subscription is one notification, however often the cause is processed (redelivery, two
 * replicas). The id is also the webhook-id, the same on every retry; the CloudEvent id is derived
 * from it (notificationEventIdOf).
 */
export function notificationIdOf(subscriptionId: string, cause: string): string {
  return `ntf_${createHash('sha256').update(`${subscriptionId}\n${cause}`, 'utf8').digest('hex').slice(0, 32)}`;
}

/**
 * The CloudEvent id of a notification's `notification.delivered` event: a name-based UUID (RFC 9562
 * version 5) of the notification id, because the envelope's published format is `uuid` (the `ntf_`
 * id itself stays the payload's `notificationId`, the feed's dedup key and the webhook-id, so stored
 * feeds and delivery logs keep working). Deterministic like the notification id: a re-publication
 * after a crash carries the same event id, so consumers de-duplicate it.
 */
export function notificationEventIdOf(notificationId: string): string {
  return uuidV5(NOTIFICATION_EVENT_NAMESPACE, notificationId);
}

/** A fixed, random namespace of our own for notificationEventIdOf; changing it changes every event id. */
const NOTIFICATION_EVENT_NAMESPACE = '8b3f5c1e-2d4a-4e6b-9c7d-0a1b2c3d4e5f';

function uuidV5(namespace: string, name: string): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replaceAll('-', ''), 'hex')).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 9562 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The cause key of a reminder: one per opportunity, deadline and lead time. */
export function reminderCause(opportunityId: string, deadline: string, daysBefore: number): string {
  return `reminder:${opportunityId}:${deadline}:${daysBefore}`;
}

/** The cause key of a recommendation: one per opportunity (and subscription), however often suggested. */
export function recommendationCause(opportunityId: string): string {
  return `recommendation:${opportunityId}`;
}

/**
 * The cause key of a programme's announcement: one per programme (and subscription), whether the
 * registration, an update or the window scan announces it, however often (ADR 23).
 */
export function programmeOpenedCause(programmeId: string): string {
  return `programme-opened:${programmeId}`;
}
