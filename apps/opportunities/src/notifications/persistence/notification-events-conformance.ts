import {
  assertEventConforms,
  EventContractViolation,
  flattenValidationErrors,
  NotificationDelivered,
  NotificationV1,
  type CloudEvent,
  type NotificationDeliveredV1,
} from '@icn/contracts';
import { plainToInstance } from 'class-transformer';
import { isUUID, validateSync } from 'class-validator';
import { isDeepStrictEqual } from 'node:util';

type NotificationEvent = CloudEvent<NotificationDeliveredV1>;

/**
 * Envelope attributes that differ between the events of one cause (one per recipient), with the
 * contract's rule for each (event-conformance.ts): the event id, the feed it belongs to, and the
 * correlation, which is the event's own id when no flow was in progress.
 */
const PER_RECIPIENT_ENVELOPE: Readonly<Record<string, (value: unknown) => string | undefined>> = {
  id: (value) => (typeof value === 'string' && isUUID(value) ? undefined : `id: must be a UUID (the envelope's format: uuid), got ${JSON.stringify(value)}`),
  subject: (value) => (typeof value === 'string' && value.length > 0 ? undefined : 'subject: must be a non-empty string'),
  correlationid: (value) => (typeof value === 'string' && value.length > 0 ? undefined : 'correlationid: must be a non-empty string'),
};

/**
 * Checks every event of a batch against the NotificationDelivered contract, as `assertEventConforms`
 * would one by one, and throws EventContractViolation for the first that fails — but validates the
 * whole event (class-validator over the opportunity snapshot, the costly part) only once per
 * distinct content. The events of one cause differ only in who they are for: an event that differs
 * from the last fully checked one only in per-recipient envelope attributes and in notification
 * fields that are present and free of nulls is checked on those fields alone, with the contract's
 * own rules (class-validator with `skipMissingProperties` on just the differing fields). Anything
 * else — another opportunity, a field missing, a null, another envelope attribute — is checked
 * whole. `checkedBefore`: an event of the batch the caller already checked whole (by buildEvent). Measured: the whole check per event was ~27 % of the service's CPU at 10 publications/s
 * × 100 subscribers.
 */
export function assertNotificationEventsConform(events: readonly NotificationEvent[], checkedBefore?: NotificationEvent): void {
  let checkedWhole = checkedBefore;
  for (const event of events) {
    const differences = checkedWhole === undefined ? undefined : differencesFrom(checkedWhole, event);
    if (differences === undefined) {
      assertEventConforms(NotificationDelivered, event);
      checkedWhole = event;
      continue;
    }
    const violations = violationsOf(event, differences);
    if (violations.length > 0) throw new EventContractViolation(NotificationDelivered.type, violations);
  }
}

interface Differences {
  envelope: string[];
  notification: Partial<Record<keyof NotificationV1, unknown>>;
}

/** Where `event` differs from `reference`, or undefined when it must be checked whole. */
function differencesFrom(reference: NotificationEvent, event: NotificationEvent): Differences | undefined {
  const envelope: string[] = [];
  for (const key of keysOf(reference, event)) {
    if (key === 'data' || valueAt(reference, key) === valueAt(event, key)) continue;
    if (!(key in PER_RECIPIENT_ENVELOPE)) return undefined;
    envelope.push(key);
  }
  if (!isObject(event.data) || !isObject(reference.data)) return undefined;
  for (const key of keysOf(reference.data, event.data)) {
    if (key !== 'notification' && valueAt(reference.data, key) !== valueAt(event.data, key)) return undefined;
  }
  const [referenceNotification, notification]: unknown[] = [valueAt(reference.data, 'notification'), valueAt(event.data, 'notification')];
  if (!isObject(notification) || !isObject(referenceNotification)) return undefined;
  const differing: Partial<Record<keyof NotificationV1, unknown>> = {};
  for (const key of keysOf(referenceNotification, notification)) {
    const value = valueAt(notification, key);
    // Equal content (e.g. each subscription's own subscriber object, most alike) was checked with the reference.
    if (isDeepStrictEqual(value, valueAt(referenceNotification, key))) continue;
    // skipMissingProperties would let a missing or null field through: the whole check judges those.
    if (value === undefined || containsNull(value)) return undefined;
    differing[key as keyof NotificationV1] = value;
  }
  return { envelope, notification: differing };
}

function violationsOf(event: NotificationEvent, differences: Differences): string[] {
  const violations = differences.envelope.flatMap((key) => PER_RECIPIENT_ENVELOPE[key]?.(valueAt(event, key)) ?? []);
  if (Object.keys(differences.notification).length === 0) return violations;
  const errors = validateSync(plainToInstance(NotificationV1, differences.notification), {
    whitelist: true,
    forbidNonWhitelisted: true,
    skipMissingProperties: true,
  });
  return [...violations, ...flattenValidationErrors(errors).map((error) => `data.notification.${error}`)];
}

function keysOf(first: object, second: object): Set<string> {
  return new Set([...Object.keys(first), ...Object.keys(second)]);
}

function valueAt(value: object, key: string): unknown {
  return (value as Record<string, unknown>)[key];
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function containsNull(value: unknown): boolean {
  if (value === null) return true;
  if (typeof value !== 'object') return false;
  return Object.values(value).some((item) => containsNull(item));
}
