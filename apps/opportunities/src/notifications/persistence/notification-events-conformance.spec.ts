import { createHash } from 'node:crypto';
import { assertEventConforms, EventContractViolation, NotificationDelivered, type CloudEvent, type NotificationDeliveredV1, type OpportunitySnapshotV1 } from '@icn/contracts';
import { buildEvent } from '@icn/messaging';
import { notificationEventIdOf, notificationIdOf } from '../domain/notification-id';
import { anOpportunity } from '../testing/opportunity-event.producer';
import { assertNotificationEventsConform } from './notification-events-conformance';

// Counts the whole-event checks, which stay real.
jest.mock('@icn/contracts', () => {
  const actual = jest.requireActual<typeof import('@icn/contracts')>('@icn/contracts');
  return { ...actual, assertEventConforms: jest.fn(actual.assertEventConforms) };
});

type NotificationEvent = CloudEvent<NotificationDeliveredV1>;
const whole = jest.mocked(assertEventConforms);

const uuidOf = (name: string): string => {
  const hex = createHash('md5').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

const createdAt = new Date('2026-12-05T08:00:00.000Z');

/** One cause's events as the feed builds them: the first by buildEvent, the others derived from it. */
function causeFor(subscribers: number, opportunity: OpportunitySnapshotV1 = anOpportunity('heat')): NotificationEvent[] {
  const events: NotificationEvent[] = [];
  for (let index = 0; index < subscribers; index++) {
    const subscriptionId = uuidOf(`sub-${index}`);
    const notificationId = notificationIdOf(subscriptionId, 'evt-1');
    const id = notificationEventIdOf(notificationId);
    const data = {
      notification: { notificationId, subscriptionId, subscriber: { kind: 'cluster' as const, clusterId: 'clean' }, kind: 'published' as const, opportunity, causedByEventId: 'evt-1', seq: 1, createdAt: createdAt.toISOString() },
    };
    const first = events[0];
    events.push(
      first === undefined
        ? buildEvent(NotificationDelivered, { id, subject: subscriptionId, sequence: 1, data, source: '/icn/opportunities', time: createdAt })
        : { ...first, id, subject: subscriptionId, correlationid: id, data },
    );
  }
  return events;
}

function withNotification(event: NotificationEvent, change: Record<string, unknown>): NotificationEvent {
  return { ...event, data: { notification: { ...event.data.notification, ...change } } } as NotificationEvent;
}

function violationsOf(events: readonly NotificationEvent[]): readonly string[] {
  try {
    assertNotificationEventsConform(events);
  } catch (error) {
    if (error instanceof EventContractViolation) return error.violations;
    throw error;
  }
  return [];
}

describe('assertNotificationEventsConform', () => {

  it('accepts a cause for 100 subscribers and checks the whole event once', () => {
    const events = causeFor(100);
    whole.mockClear();
    assertNotificationEventsConform(events);
    expect(whole).toHaveBeenCalledTimes(1);
  });

  it('accepts fields whose content equals that of the event checked whole, in other objects', () => {
    const events = causeFor(3);
    events[2] = withNotification(events[2] as NotificationEvent, { subscriber: { kind: 'cluster', clusterId: 'clean' }, opportunity: structuredClone(anOpportunity('heat')) });
    whole.mockClear();
    expect(violationsOf(events)).toEqual([]);
    expect(whole).toHaveBeenCalledTimes(1);
  });

  it('checks nothing whole again when the caller already did', () => {
    const events = causeFor(3);
    whole.mockClear();
    assertNotificationEventsConform(events, events[0]);
    expect(whole).not.toHaveBeenCalled();
  });

  it.each([
    ['a bad notification id', { notificationId: 'ntf_nothex' }, 'data.notification.notificationId'],
    ['a subscription id that is no UUID', { subscriptionId: 'sub-1' }, 'data.notification.subscriptionId'],
    ['a bad subscriber', { subscriber: { kind: 'nobody', clusterId: 'clean' } }, 'data.notification.subscriber.kind'],
    ['a field the contract does not have', { extra: 'x' }, 'data.notification.extra'],
    ['a null inside a differing field', { subscriber: { kind: 'organisation', clusterId: 'clean', organisationId: null } }, 'data.notification.subscriber.organisationId'],
    ['a required field missing', { kind: undefined }, 'data.notification.kind'],
  ])('rejects an event of the batch with %s', (_name, change, path) => {
    const events = causeFor(3);
    events[2] = withNotification(events[2] as NotificationEvent, change);
    expect(violationsOf(events).some((violation) => violation.startsWith(path))).toBe(true);
  });

  it('rejects a per-recipient envelope attribute its contract rejects', () => {
    const events = causeFor(3);
    events[1] = { ...(events[1] as NotificationEvent), id: 'not-a-uuid' };
    expect(violationsOf(events)).toEqual([expect.stringMatching(/^id: must be a UUID/)]);
  });

  it('checks whole an event with another opportunity, and one differing in another envelope attribute', () => {
    const events = causeFor(3);
    const invalidOpportunity = { ...anOpportunity('heat'), sectors: 'not-an-array' } as unknown as OpportunitySnapshotV1;
    events[1] = withNotification(events[1] as NotificationEvent, { opportunity: invalidOpportunity });
    expect(violationsOf(events).some((violation) => violation.startsWith('data.notification.opportunity.sectors'))).toBe(true);

    const otherTime = causeFor(3);
    otherTime[2] = { ...(otherTime[2] as NotificationEvent), time: 'yesterday' };
    expect(violationsOf(otherTime)).toContain('time: must be an RFC 3339 date-time');
  });
});
