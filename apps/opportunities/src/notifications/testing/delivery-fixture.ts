import { uniqueName, waitFor } from '@icn/testing';
import { randomUUID } from 'node:crypto';
import { startOpportunitiesTestApp, type OpportunitiesTestApp } from '../../opportunities/testing/opportunities-test-app';
import { OpportunityEventProducer } from './opportunity-event.producer';

/** Fast intervals so retries, heartbeats and reminders happen within a test's patience. */
export const FAST_DELIVERY_ENV: Record<string, string> = {
  SSE_HEARTBEAT_MS: '300',
  WEBHOOK_POLL_MS: '100',
  WEBHOOK_TIMEOUT_MS: '2000',
  WEBHOOK_BACKOFF_BASE_MS: '100',
  WEBHOOK_BACKOFF_MAX_MS: '400',
  WEBHOOK_MAX_ATTEMPTS: '8',
  WEBHOOK_DISABLE_AFTER_FAILURES: '5',
  REMINDER_POLL_MS: '3600000',
  RATE_LIMIT_PER_MINUTE: '100000',
  // The receivers are local HTTP servers: loopback is refused as a webhook target unless listed.
  WEBHOOK_ALLOWED_HOSTS: '127.0.0.1,localhost',
};

export interface DeliveryFixture {
  apps: OpportunitiesTestApp[];
  producer: OpportunityEventProducer;
  close(): Promise<void>;
}

/**
 * `replicas` real app instances sharing one database and one notifications consumer group (as
 * two replicas of the service do), each with its own broadcast group. The shared group is
 * positioned at the end of the topic first, so it consumes exactly what the test publishes.
 */
export async function startDeliveryFixture(replicas = 1, env: Record<string, string> = {}): Promise<DeliveryFixture> {
  const brokers = process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092';
  const producer = await OpportunityEventProducer.connect(brokers);
  const group = uniqueName('opportunities.notifications.it');
  await producer.positionGroupAtEnd(group);
  // One programme group for the replicas, as for the notifications (ADR 23); new, so at the topic's end.
  const programmes = uniqueName('opportunities.network-programmes.it');
  const shared = { ...FAST_DELIVERY_ENV, NOTIFICATIONS_CONSUMER_GROUP: group, NETWORK_PROGRAMMES_CONSUMER_GROUP: programmes, MONGODB_DB: `opp_delivery_it_${randomUUID().slice(0, 8)}`, ...env };
  const apps: OpportunitiesTestApp[] = [];
  for (let i = 0; i < replicas; i++) {
    apps.push(await startOpportunitiesTestApp({ ...shared, INSTANCE_ID: `it-${randomUUID().slice(0, 8)}` }));
  }
  for (const app of apps) {
    await waitFor(async () => (await app.call('GET', '/health/ready')).status === 200, { timeoutMs: 30_000, intervalMs: 100 });
  }
  return {
    apps,
    producer,
    async close() {
      await producer.disconnect().catch(() => undefined);
      for (const app of [...apps].reverse()) await app.close().catch(() => undefined);
    },
  };
}
