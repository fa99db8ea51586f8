import type { CloudEvent, NotificationDeliveredV1 } from '@icn/contracts';
import { waitFor } from '@icn/testing';
import { randomUUID } from 'node:crypto';
import { startDeliveryFixture, type DeliveryFixture } from '../notifications/testing/delivery-fixture';
import { anOpportunity } from '../notifications/testing/opportunity-event.producer';
import { SseTestClient } from '../notifications/testing/sse-client';
import type { OpportunitiesTestApp } from '../opportunities/testing/opportunities-test-app';
import { seedMembership, uniqueClusterId } from '../opportunities/testing/membership-events';

const manager = { sub: 'manager-clean', role: 'cluster-manager' as const, clusterId: 'clean' };
const otherManager = { sub: 'manager-other', role: 'cluster-manager' as const, clusterId: 'other' };

async function subscribe(app: OpportunitiesTestApp, token: string, body: object): Promise<string> {
  const response = await app.call('POST', '/subscriptions', { token, body });
  expect(response.status).toBe(201);
  return (response.body as { subscriptionId: string }).subscriptionId;
}

function notificationOf(data: string): NotificationDeliveredV1['notification'] {
  return (JSON.parse(data) as CloudEvent<NotificationDeliveredV1>).data.notification;
}

describe('SSE delivery (real app, Kafka, FerretDB)', () => {
  let fixture: DeliveryFixture;
  let app: OpportunitiesTestApp;
  const clients: SseTestClient[] = [];

  beforeAll(async () => {
    fixture = await startDeliveryFixture(1);
    app = fixture.apps[0];
  });

  afterAll(async () => {
    clients.forEach((client) => client.close());
    await fixture?.close();
  });

  const connect = async (subscriptionId: string, token: string, lastEventId?: number): Promise<SseTestClient> => {
    const client = await SseTestClient.connect(`${app.baseUrl}/subscriptions/${subscriptionId}/stream`, token, lastEventId);
    clients.push(client);
    return client;
  };

  it('pushes a publication to the matching subscriber only, with heartbeats', async () => {
    const keyword = `kw${randomUUID().slice(0, 8)}`;
    const token = app.token(manager);
    const matching = await subscribe(app, token, { name: 'heat', filters: { keywords: [keyword], sectors: ['district-heating'] } });
    const nonMatching = await subscribe(app, token, { name: 'solar', filters: { keywords: [keyword], types: ['funding-call'] } });
    const matchingClient = await connect(matching, token);
    const otherClient = await connect(nonMatching, token);
    expect(matchingClient.status).toBe(200);

    const opportunity = anOpportunity(keyword);
    await fixture.producer.published(opportunity);

    await waitFor(() => matchingClient.events.length === 1, { timeoutMs: 20_000, description: 'the matching client to receive the publication' });
    const [event] = matchingClient.events;
    expect(event.id).toBe('1');
    expect(event.event).toBe('published');
    const notification = notificationOf(event.data);
    expect(notification).toMatchObject({ subscriptionId: matching, seq: 1, kind: 'published' });
    expect(notification.opportunity.opportunityId).toBe(opportunity.opportunityId);
    // The other subscription's stream stays silent (a matching event would have arrived by now).
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(otherClient.events).toHaveLength(0);
    expect(otherClient.heartbeats).toBeGreaterThan(0);
  });

  it('replays everything missed after Last-Event-ID: 50 publications, in order, no duplicates', async () => {
    const keyword = `kw${randomUUID().slice(0, 8)}`;
    const token = app.token(manager);
    const subscriptionId = await subscribe(app, token, { name: 'replay', filters: { keywords: [keyword] } });
    const first = await connect(subscriptionId, token);
    await fixture.producer.published(anOpportunity(keyword));
    await waitFor(() => first.events.length === 1, { timeoutMs: 20_000, description: 'the first publication' });
    first.close();

    for (let i = 0; i < 50; i++) await fixture.producer.published(anOpportunity(keyword, { title: `Lot ${i} ${keyword}` }));
    // Wait until the pipeline has appended all 50 (durable), then reconnect from where we left off.
    const feed = app.db.collection('notification_feed');
    await waitFor(async () => (await feed.countDocuments({ subscriptionId })) === 51, { timeoutMs: 30_000, description: '51 feed entries' });

    const resumed = await connect(subscriptionId, token, Number(first.events[0].id));
    await waitFor(() => resumed.events.length >= 50, { timeoutMs: 20_000, description: '50 replayed events' });
    // A late live copy of any of them must not show up twice.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(resumed.ids).toEqual(Array.from({ length: 50 }, (_, i) => i + 2));
    expect(new Set(resumed.events.map((event) => notificationOf(event.data).notificationId)).size).toBe(50);

    // And live again after the replay.
    await fixture.producer.published(anOpportunity(keyword));
    await waitFor(() => resumed.events.length === 51, { timeoutMs: 20_000, description: 'a live event after the replay' });
    expect(resumed.ids[50]).toBe(52);
  });

  it('end to end through the core: HTTP publication and deadline extension reach the matching stream', async () => {
    const clusterId = uniqueClusterId('dlv');
    await seedMembership(app, [clusterId]);
    const token = app.token({ sub: 'manager-e2e', role: 'cluster-manager', clusterId });
    const keyword = `kw${randomUUID().slice(0, 8)}`;
    const matching = await subscribe(app, token, { name: 'e2e', filters: { keywords: [keyword], types: ['tender'] } });
    const other = await subscribe(app, token, { name: 'e2e-other', filters: { keywords: [keyword], types: ['event'] } });
    const client = await connect(matching, token);
    const otherClient = await connect(other, token);

    const draft = await app.call('POST', '/opportunities', {
      token,
      body: {
        type: 'tender',
        title: `Heat pump suppliers ${keyword}`,
        description: 'The municipality looks for large heat pumps.',
        sectors: ['district-heating'],
        technologies: ['heat-pumps'],
        deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
    });
    expect(draft.status).toBe(201);
    const opportunityId = (draft.body as { opportunityId: string }).opportunityId;
    expect((await app.call('POST', `/opportunities/${opportunityId}/publish`, { token })).status).toBeLessThan(300);
    await waitFor(() => client.events.length === 1, { timeoutMs: 20_000, description: 'the HTTP publication on the stream' });
    expect(notificationOf(client.events[0].data).opportunity.opportunityId).toBe(opportunityId);

    const extended = await app.call('POST', `/opportunities/${opportunityId}/extend-deadline`, {
      token,
      body: { deadline: new Date(Date.now() + 60 * 86_400_000).toISOString() },
    });
    expect(extended.status).toBeLessThan(300);
    await waitFor(() => client.events.length === 2, { timeoutMs: 20_000, description: 'the extension notice' });
    expect(client.events[1].event).toBe('deadline-extended');
    expect(otherClient.events).toHaveLength(0);
  });

  it('authenticates and scope-checks the stream and the subscription API', async () => {
    const token = app.token(manager);
    const subscriptionId = await subscribe(app, token, { name: 'mine' });
    const anonymous = await fetch(`${app.baseUrl}/subscriptions/${subscriptionId}/stream`);
    expect(anonymous.status).toBe(401);
    await anonymous.body?.cancel();
    const foreign = await connect(subscriptionId, app.token(otherManager));
    expect(foreign.status).toBe(403);
    expect((await app.call('GET', `/subscriptions/${subscriptionId}`, { token: app.token(otherManager) })).status).toBe(403);
    const invalid = await app.call('POST', '/subscriptions', { token, body: { name: 'x', filters: { types: ['nonsense'] } } });
    expect(invalid.status).toBe(400);
    expect(JSON.stringify(invalid.body)).toContain('filters.types');
    const member = app.token({ sub: 'member-1', role: 'member', clusterId: 'clean', organisationId: randomUUID() });
    const forCluster = await app.call('POST', '/subscriptions', { token: member, body: { name: 'x', subscriber: { kind: 'cluster', clusterId: 'clean' } } });
    expect(forCluster.status).toBe(403);
    const own = await app.call('POST', '/subscriptions', { token: member, body: { name: 'mine' } });
    expect(own.status).toBe(201);
    expect((own.body as { subscriber: { kind: string } }).subscriber.kind).toBe('organisation');
    expect((await app.call('DELETE', `/subscriptions/${subscriptionId}`, { token })).status).toBe(204);
    expect((await app.call('GET', `/subscriptions/${subscriptionId}`, { token })).status).toBe(404);
  });

  it('ends the open streams of a deleted subscription (the broadcast group carries the deletion to every replica)', async () => {
    const token = app.token(manager);
    const subscriptionId = await subscribe(app, token, { name: 'soon gone' });
    const client = await connect(subscriptionId, token);
    expect(client.status).toBe(200);
    expect((await app.call('DELETE', `/subscriptions/${subscriptionId}`, { token })).status).toBe(204);
    await waitFor(() => client.ended, { timeoutMs: 20_000, description: 'the deleted subscription’s stream to end' });
  });
});
