import { expectedVersionAfter } from '@icn/messaging';
import { SubscriptionCreated, SubscriptionUpdated } from '@icn/contracts';
import { createSubscription, deleteSubscription, disableWebhook, editSubscription, enableWebhook, recordWebhookDelivery, rotateWebhookSecret } from './subscription-changes';
import { calendarTokenMatches } from './subscription-secrets';
import { canManageSubscriber, defaultSubscriber } from './subscriber-scope';

const now = '2025-03-01T00:00:00.000Z';
const base = () =>
  createSubscription({
    subscriptionId: '0b7a4c1e-4d55-4e8a-9a51-3c1f2f1f0a11',
    subscriber: { kind: 'cluster', clusterId: 'clean' },
    name: 'n',
    filters: { types: ['tender', 'tender'] },
    webhookUrl: 'https://example.org/hook',
    calendar: true,
    createdBy: 'manager',
    now,
  });

describe('subscription changes', () => {
  it('creates with normalised filters, a webhook secret and a calendar token returned once', () => {
    const result = base();
    expect(result.state.filters.types).toEqual(['tender']);
    expect(result.state.filters.sectors).toEqual([]);
    expect(result.webhookSecret).toMatch(/^whsec_/);
    expect(calendarTokenMatches(result.calendarToken!, result.state.channels.calendarTokenHash)).toBe(true);
    expect(result.events.map((event) => event.definition)).toEqual([SubscriptionCreated]);
    expect(JSON.stringify(result.events)).not.toContain(result.webhookSecret);
    expect(JSON.stringify(result.events)).not.toContain(result.state.channels.calendarTokenHash);
  });

  it('keeps the secret when only the URL changes, and removes the webhook with null', () => {
    const { state } = base();
    const moved = editSubscription(state, { webhookUrl: 'https://example.org/other' }, now);
    expect(moved.state.channels.webhook?.secret).toBe(state.channels.webhook?.secret);
    expect(moved.webhookSecret).toBeUndefined();
    expect(moved.state.version).toBe(2);
    expect(editSubscription(state, { webhookUrl: null }, now).state.channels.webhook).toBeUndefined();
  });

  it('disables and re-enables the webhook once each', () => {
    const { state } = base();
    const disabled = disableWebhook(state, '30 consecutive failed delivery attempts', now)!;
    expect(disabled.state.channels.webhook?.status).toBe('disabled');
    expect(disableWebhook(disabled.state, 'again', now)).toBeNull();
    const enabled = enableWebhook(disabled.state, now)!;
    expect(enabled.state.channels.webhook).toMatchObject({ status: 'enabled', consecutiveFailures: 0 });
    expect(enabled.state.channels.webhook?.disabledReason).toBeUndefined();
  });

  it('counts failed deliveries silently and disables the webhook at the limit with an event', () => {
    const { state } = base();
    const once = recordWebhookDelivery(state, false, 3, now)!;
    expect(once.events).toEqual([]);
    expect(once.state).toMatchObject({ version: 2, updatedAt: state.updatedAt, channels: { webhook: { consecutiveFailures: 1, status: 'enabled' } } });
    const twice = recordWebhookDelivery(once.state, false, 3, now)!;
    const third = recordWebhookDelivery(twice.state, false, 3, now)!;
    expect(third.events.map((event) => event.definition)).toEqual([SubscriptionUpdated]);
    expect(third.state.channels.webhook).toMatchObject({ status: 'disabled', consecutiveFailures: 3 });
    expect(recordWebhookDelivery(state, true, 3, now)).toBeNull();
    expect(recordWebhookDelivery(once.state, true, 3, now)?.state.channels.webhook?.consecutiveFailures).toBe(0);
    expect(recordWebhookDelivery({ ...state, deleted: true }, false, 3, now)).toBeNull();
  });

  it('ends every change at the version the write path expects', () => {
    const { state } = base();
    const changes = [
      editSubscription(state, { name: 'other' }, now),
      deleteSubscription(state, now),
      disableWebhook(state, 'r', now),
      rotateWebhookSecret(state, now),
      recordWebhookDelivery(state, false, 30, now),
    ];
    for (const change of changes) expect(change?.state.version).toBe(expectedVersionAfter(state.version, change!));
    expect(base().state.version).toBe(expectedVersionAfter(0, base()));
  });
});

describe('subscriber scope', () => {
  const organisation = { kind: 'organisation' as const, clusterId: 'clean', organisationId: '6b0d5f8e-1111-4a2b-8c3d-123456789abc' };
  it('lets a cluster manager manage its cluster and its organisations, a member only its organisation', () => {
    const manager = { kind: 'user' as const, subject: 'm', role: 'cluster-manager' as const, clusterId: 'clean' };
    const member = { kind: 'user' as const, subject: 'u', role: 'member' as const, clusterId: 'clean', organisationId: organisation.organisationId };
    expect(canManageSubscriber(manager, { kind: 'cluster', clusterId: 'clean' })).toBe(true);
    expect(canManageSubscriber(manager, organisation)).toBe(true);
    expect(canManageSubscriber(manager, { kind: 'cluster', clusterId: 'other' })).toBe(false);
    expect(canManageSubscriber(member, organisation)).toBe(true);
    expect(canManageSubscriber(member, { kind: 'cluster', clusterId: 'clean' })).toBe(false);
    expect(defaultSubscriber(member)).toEqual(organisation);
    expect(defaultSubscriber({ kind: 'user', subject: 'a', role: 'network-admin' })).toBeUndefined();
  });
});
