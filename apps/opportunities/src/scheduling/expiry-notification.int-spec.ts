import type { CloudEvent, NotificationDeliveredV1 } from '@icn/contracts';
import { waitFor } from '@icn/testing';
import { randomUUID } from 'node:crypto';
import { startDeliveryFixture, type DeliveryFixture } from '../notifications/testing/delivery-fixture';
import { SseTestClient } from '../notifications/testing/sse-client';
import { seedMembership, uniqueClusterId } from '../opportunities/testing/membership-events';
import type { OpportunitiesTestApp } from '../opportunities/testing/opportunities-test-app';

function notificationOf(data: string): NotificationDeliveredV1['notification'] {
  return (JSON.parse(data) as CloudEvent<NotificationDeliveredV1>).data.notification;
}

describe('expiry at the deadline notifies the matching stream (real HTTP, Kafka, FerretDB)', () => {
  let fixture: DeliveryFixture;
  let app: OpportunitiesTestApp;
  let client: SseTestClient | undefined;

  beforeAll(async () => {
    // Fast expiry polls, so the scheduler expires the opportunity within a few hundred ms of its deadline.
    fixture = await startDeliveryFixture(1, { EXPIRY_POLL_MS: '200', EXPIRY_LEASE_MS: '2000' });
    app = fixture.apps[0];
  });

  afterAll(async () => {
    client?.close();
    await fixture?.close();
  });

  it('pushes the publication, then the expiry, once each, to the connected subscriber', async () => {
    const clusterId = uniqueClusterId('expn');
    await seedMembership(app, [clusterId]);
    const token = app.token({ sub: 'manager-expiry', role: 'cluster-manager', clusterId });
    const keyword = `kw${randomUUID().slice(0, 8)}`;

    const subscribed = await app.call('POST', '/subscriptions', { token, body: { name: 'expiry', filters: { keywords: [keyword], types: ['event'] } } });
    expect(subscribed.status).toBe(201);
    const subscriptionId = (subscribed.body as { subscriptionId: string }).subscriptionId;
    client = await SseTestClient.connect(`${app.baseUrl}/subscriptions/${subscriptionId}/stream`, token);
    expect(client.status).toBe(200);

    const deadline = new Date(Date.now() + 4000).toISOString();
    const created = await app.call('POST', '/opportunities', {
      token,
      body: { type: 'event', title: `Matchmaking breakfast ${keyword}`, description: 'Short notice.', deadline, publish: true },
    });
    expect(created.status).toBe(201);
    const opportunityId = (created.body as { opportunityId: string }).opportunityId;

    const sse = client;
    await waitFor(() => sse.events.length >= 2, { timeoutMs: 30_000, description: 'the publication and the expiry on the stream' });
    // Nothing more may follow (a duplicate would have arrived by now).
    await new Promise((resolve) => setTimeout(resolve, 1500));

    expect(sse.events.map((event) => event.event)).toEqual(['published', 'expired']);
    expect(sse.ids).toEqual([1, 2]);
    const [published, expired] = sse.events.map((event) => notificationOf(event.data));
    expect(published).toMatchObject({ subscriptionId, seq: 1, kind: 'published', opportunity: { opportunityId, status: 'published' } });
    expect(expired).toMatchObject({ subscriptionId, seq: 2, kind: 'expired', opportunity: { opportunityId, status: 'expired', deadline } });
    expect(published!.notificationId).not.toBe(expired!.notificationId);

    const stored = await app.call('GET', `/opportunities/${opportunityId}`, { token });
    expect(stored.status).toBe(200);
    expect(stored.body).toMatchObject({ opportunityId, status: 'expired' });
  });
});
