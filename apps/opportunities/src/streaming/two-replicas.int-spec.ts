import { waitFor } from '@icn/testing';
import { randomUUID } from 'node:crypto';
import { startDeliveryFixture, type DeliveryFixture } from '../notifications/testing/delivery-fixture';
import { anOpportunity } from '../notifications/testing/opportunity-event.producer';
import { SseTestClient } from '../notifications/testing/sse-client';

const manager = { sub: 'manager-clean', role: 'cluster-manager' as const, clusterId: 'clean' };

describe('two replicas serving streams (two real app instances, one database, shared Kafka groups)', () => {
  let fixture: DeliveryFixture;
  const clients: SseTestClient[] = [];

  beforeAll(async () => {
    fixture = await startDeliveryFixture(2);
  });

  afterAll(async () => {
    clients.forEach((client) => client.close());
    await fixture?.close();
  });

  it('gives every client each matching notification exactly once, whichever replica it is connected to', async () => {
    const [a, b] = fixture.apps;
    const keyword = `kw${randomUUID().slice(0, 8)}`;
    const token = a.token(manager);
    const created = await a.call('POST', '/subscriptions', { token, body: { name: 'both', filters: { keywords: [keyword] } } });
    expect(created.status).toBe(201);
    const subscriptionId = (created.body as { subscriptionId: string }).subscriptionId;

    // The same subscription streamed from both replicas, plus a second client on each.
    for (const app of [a, b, a, b]) {
      const client = await SseTestClient.connect(`${app.baseUrl}/subscriptions/${subscriptionId}/stream`, token);
      expect(client.status).toBe(200);
      clients.push(client);
    }

    const count = 30;
    // Opportunities land on different partitions, so both replicas' pipelines append to this feed.
    for (let i = 0; i < count; i++) await fixture.producer.published(anOpportunity(keyword, { title: `Lot ${i} ${keyword}` }));

    await waitFor(() => clients.every((client) => client.events.length >= count), { timeoutMs: 30_000, description: `${count} events on every client` });
    await new Promise((resolve) => setTimeout(resolve, 800));
    for (const client of clients) {
      expect(client.ids).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    }
    // Both replicas took part in matching (the shared group split the partitions between them).
    const feed = a.db.collection('notification_feed');
    expect(await feed.countDocuments({ subscriptionId })).toBe(count);
  });
});
