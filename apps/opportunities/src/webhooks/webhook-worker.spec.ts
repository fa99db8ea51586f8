import { PlatformMetrics } from '@icn/platform';
import type { Logger } from 'pino';
import { DeliveryConfig } from '../notifications/delivery.config';
import type { SubscriptionRepository } from '../subscriptions/persistence/subscription.repository';
import type { SubscriptionsService } from '../subscriptions/http/subscriptions.service';
import type { DeliveryStatus, WebhookDeliveryDocument } from './persistence/webhook-delivery.schema';
import type { WebhookDeliveryRepository } from './persistence/webhook-delivery.repository';
import type { TargetDecision, WebhookTargetGuard } from './target/webhook-target.guard';
import { WebhookDeliveryMetrics } from './webhook-delivery-metrics';
import { sendWebhook, type SendResult } from './webhook-sender';
import { WebhookWorker } from './webhook-worker';

// The HTTP request itself is the sender's (and webhook-delivery.int-spec's); here it answers as told.
jest.mock('./webhook-sender', () => ({ sendWebhook: jest.fn() }));
const send = jest.mocked(sendWebhook);

const allowed: TargetDecision = { kind: 'allowed', target: { url: new URL('https://hooks.example.org/icn'), address: '203.0.113.7', family: 4 } };

function aDelivery(attemptCount: number): WebhookDeliveryDocument {
  const now = new Date();
  return { _id: `ntf_${attemptCount}`, subscriptionId: 'sub-1', seq: 1, kind: 'published', body: '{}', status: 'pending', attemptCount, attempts: [], nextAttemptAt: now, createdAt: now };
}

/** One pass of the worker over `due`, each attempt answered by `outcome`; returns the metrics text and the statuses recorded. */
async function runPass(due: WebhookDeliveryDocument[], decision: TargetDecision, result: SendResult | undefined): Promise<{ metrics: string; statuses: DeliveryStatus[] }> {
  const statuses: DeliveryStatus[] = [];
  const deliveries = {
    due: jest.fn().mockResolvedValueOnce(due).mockResolvedValue([]),
    claim: jest.fn().mockResolvedValue(true),
    recordAttempt: jest.fn(async (_id: string, _attempt: unknown, status: DeliveryStatus) => void statuses.push(status)),
    setStatus: jest.fn(),
    suspendPending: jest.fn(),
  };
  const subscriptions = { findLive: jest.fn().mockResolvedValue({ subscriptionId: 'sub-1', channels: { webhook: { url: 'https://hooks.example.org/icn', secret: 'whsec_x', status: 'active' } } }) };
  const subscriptionsService = { recordWebhookOutcome: jest.fn().mockResolvedValue(false) };
  const guard = { decide: jest.fn().mockResolvedValue(decision) };
  if (result) send.mockResolvedValue(result);
  const registry = new PlatformMetrics('opportunities', { defaultMetrics: false });
  const config = Object.assign(new DeliveryConfig(), { WEBHOOK_MAX_ATTEMPTS: 3, WEBHOOK_POLL_MS: 600_000 });
  const logger = { warn: jest.fn() } as unknown as Logger;
  const worker = new WebhookWorker(
    deliveries as unknown as WebhookDeliveryRepository,
    subscriptions as unknown as SubscriptionRepository,
    subscriptionsService as unknown as SubscriptionsService,
    guard as unknown as WebhookTargetGuard,
    new WebhookDeliveryMetrics(registry),
    config,
    logger,
  );
  worker.trigger();
  for (let turn = 0; turn < 200 && statuses.length < due.length; turn++) await new Promise((resolve) => setImmediate(resolve));
  await worker.onModuleDestroy();
  return { metrics: await registry.render(), statuses };
}

function count(metrics: string, outcome: string): number {
  const line = metrics.split('\n').find((entry) => entry.startsWith(`icn_webhook_deliveries_total{outcome="${outcome}"`));
  return line === undefined ? Number.NaN : Number(line.split(' ').pop());
}

describe('WebhookWorker: icn_webhook_deliveries_total', () => {
  afterEach(() => send.mockReset());

  it('counts each attempt where it is recorded: delivered, failed (retried) and exhausted (the last one)', async () => {
    const { metrics, statuses } = await runPass([aDelivery(0), aDelivery(2)], allowed, { ok: false, statusCode: 500, durationMs: 3 });

    expect(statuses.sort()).toEqual(['failed', 'pending']);
    expect([count(metrics, 'delivered'), count(metrics, 'failed'), count(metrics, 'exhausted')]).toEqual([0, 1, 1]);
  });

  it('counts a 2xx as delivered', async () => {
    const { metrics, statuses } = await runPass([aDelivery(0)], allowed, { ok: true, statusCode: 204, durationMs: 2 });

    expect(statuses).toEqual(['delivered']);
    expect([count(metrics, 'delivered'), count(metrics, 'failed'), count(metrics, 'exhausted')]).toEqual([1, 0, 0]);
  });

  it('counts a refused target as a failed attempt, without connecting to it', async () => {
    const { metrics } = await runPass([aDelivery(0)], { kind: 'refused', reason: 'resolves to a private address' }, undefined);

    expect(send).not.toHaveBeenCalled();
    expect(count(metrics, 'failed')).toBe(1);
    expect(metrics).toContain('service="opportunities"');
  });
});
