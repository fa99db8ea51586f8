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

function aDelivery(attemptCount: number, seq = 1): WebhookDeliveryDocument {
  const now = new Date();
  return { _id: `ntf_${seq}_${attemptCount}`, subscriptionId: 'sub-1', seq, kind: 'published', body: '{}', status: 'pending', attemptCount, attempts: [], nextAttemptAt: now, createdAt: now };
}

/**
 * One pass of the worker over the lane of sub-1 holding `lane` (head first), each attempt answered by
 * `result`; returns the metrics text, the statuses recorded and the ids sent, in order.
 */
async function runPass(lane: WebhookDeliveryDocument[], decision: TargetDecision, result: SendResult | undefined): Promise<{ metrics: string; statuses: DeliveryStatus[]; sent: string[] }> {
  const statuses: DeliveryStatus[] = [];
  const waiting = [...lane];
  const deliveries = {
    subscriptionsWithPending: jest.fn().mockResolvedValueOnce(['sub-1']).mockResolvedValue([]),
    // The head stays the head until an attempt settles it (delivered or given up).
    head: jest.fn(async () => waiting[0] ?? null),
    claim: jest.fn().mockResolvedValue(true),
    recordAttempt: jest.fn(async (_id: string, _attempt: unknown, status: DeliveryStatus) => {
      statuses.push(status);
      if (status !== 'pending') waiting.shift();
      else waiting[0] = { ...waiting[0], nextAttemptAt: new Date(Date.now() + 60_000) };
    }),
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
  for (let turn = 0; turn < 200 && deliveries.subscriptionsWithPending.mock.calls.length < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
  await worker.onModuleDestroy();
  const sent = send.mock.calls.map((call) => call[2]);
  return { metrics: await registry.render(), statuses, sent };
}

function count(metrics: string, outcome: string): number {
  const line = metrics.split('\n').find((entry) => entry.startsWith(`icn_webhook_deliveries_total{outcome="${outcome}"`));
  return line === undefined ? Number.NaN : Number(line.split(' ').pop());
}

describe('WebhookWorker: icn_webhook_deliveries_total', () => {
  afterEach(() => send.mockReset());

  it('counts each attempt where it is recorded: delivered, failed (retried) and exhausted (the last one)', async () => {
    const { metrics, statuses } = await runPass([aDelivery(2, 1), aDelivery(0, 2)], allowed, { ok: false, statusCode: 500, durationMs: 3 });

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

describe('WebhookWorker: one lane per subscription, in feed order', () => {
  afterEach(() => send.mockReset());

  it('sends a backlog head first, each after the one before it was delivered', async () => {
    const { sent } = await runPass([aDelivery(0, 1), aDelivery(0, 2), aDelivery(0, 3)], allowed, { ok: true, statusCode: 200, durationMs: 1 });

    expect(sent).toEqual(['ntf_1_0', 'ntf_2_0', 'ntf_3_0']);
  });

  it('holds every later delivery while the head backs off: one attempt, not one per notification', async () => {
    const { sent, statuses } = await runPass([aDelivery(0, 1), aDelivery(0, 2), aDelivery(0, 3)], allowed, { ok: false, error: 'connect ECONNREFUSED', durationMs: 1 });

    expect(sent).toEqual(['ntf_1_0']);
    expect(statuses).toEqual(['pending']);
  });

  it('lets the next delivery go once the head is given up (retries exhausted)', async () => {
    const { sent, statuses } = await runPass([aDelivery(2, 1), aDelivery(0, 2)], allowed, { ok: false, statusCode: 503, durationMs: 1 });

    expect(sent).toEqual(['ntf_1_2', 'ntf_2_0']);
    expect(statuses).toEqual(['failed', 'pending']);
  });
});
