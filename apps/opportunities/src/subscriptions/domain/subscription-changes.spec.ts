import { createSubscription, disableWebhook, editSubscription, enableWebhook } from './subscription-changes';
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
    expect(JSON.stringify(result.event.data)).not.toContain(result.webhookSecret);
    expect(JSON.stringify(result.event.data)).not.toContain(result.state.channels.calendarTokenHash);
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
