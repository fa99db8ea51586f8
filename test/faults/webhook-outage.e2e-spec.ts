import { runWithConcurrency } from '../support/concurrency';
import { expectStatus } from '../support/http-client';
import { OpportunitiesPlatform } from '../support/opportunities-platform';
import { ReadinessWatch } from '../support/readiness-watch';
import { summarise } from '../support/reconcile';
import { randomToken } from '../support/unique-id';
import { sleep, waitFor } from '../support/wait-for';
import { WebhookReceiver, type ReceivedWebhook } from '../support/webhook-receiver';

/** The figure; WEBHOOK_OUTAGE_MS shortens it when working on the scenario itself. */
const OUTAGE_MS = Number(process.env['WEBHOOK_OUTAGE_MS'] ?? 300_000);
const BEFORE = 20;
const DURING = 150;
const AFTER = 20;
const DAY_MS = 86_400_000;

/**
 * The service's settings for the scenario. The defaults (first retry after 5 s, doubling up to an
 * hour, 12 attempts, disabled after 30 failures in a row) ride out this outage too — six attempts
 * of each lane's head — but the next attempt after the receiver returns would come ~5 minutes later;
 * capping the backoff at 20 s makes the recovery measurable in seconds. Attempts and the disabling
 * threshold are raised to match what an operator choosing a 20 s cap would (20 s × 60 ≈ 20 minutes
 * of outage tolerated).
 */
const SETTINGS = {
  WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
  WEBHOOK_BACKOFF_BASE_MS: '1000',
  WEBHOOK_BACKOFF_MAX_MS: '20000',
  WEBHOOK_MAX_ATTEMPTS: '60',
  WEBHOOK_DISABLE_AFTER_FAILURES: '60',
  WEBHOOK_POLL_MS: '500',
};

/** What the receiver learns from one delivery: who it is for, where it stands in the feed, its ids. */
interface Delivery {
  webhookId: string;
  notificationId: string;
  subscriptionId: string;
  seq: number;
  opportunityId: string;
  type: string;
}

interface Subscriber {
  name: string;
  filters: Record<string, unknown>;
  concerns: (type: string) => boolean;
  subscriptionId: string;
}

/**
 * A webhook receiver down for five minutes while publications keep coming, then back on the same
 * URL. Every delivery must arrive — to each subscription, in its feed order, once, under the same
 * webhook-id it had from the start — the service must stay ready throughout (a receiver is not a
 * dependency), and the outage must cost each subscription one attempt per backoff step, not one per
 * notification (head of line: later deliveries wait for the first).
 */
describe('fault: a webhook endpoint down for five minutes, then back', () => {
  let platform: OpportunitiesPlatform;
  let receiver: WebhookReceiver;
  let readiness: ReadinessWatch | undefined;

  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
    platform = await OpportunitiesPlatform.start('webhook-outage', SETTINGS);
  });

  afterAll(async () => {
    await readiness?.stop();
    await platform?.stop();
    await receiver?.stop();
  });

  it('delivers every notification after the outage, in order per subscription, once, with the same ids', async () => {
    const keyword = `kw${randomToken(10)}`;
    const subscribers: Subscriber[] = [];
    for (const [name, filters, concerns] of [
      ['everything', { keywords: [keyword] }, () => true],
      ['tenders', { keywords: [keyword], types: ['tender'] }, (type: string) => type === 'tender'],
    ] as const) {
      const response = await platform.manager.post<{ subscriptionId: string }>('/subscriptions', { name, filters, channels: { webhook: { url: receiver.url } } });
      subscribers.push({ name, filters, concerns, subscriptionId: expectStatus(response, 201, `POST /subscriptions ${name}`).subscriptionId });
    }

    const acknowledged = new Map<string, string>(); // opportunityId → type
    let sent = 0;
    const publish = async (n: number): Promise<void> => {
      sent += 1;
      const input = publicationInput(keyword, n);
      const response = await platform.manager.post<{ opportunityId: string }>('/opportunities', input, { headers: { 'idempotency-key': `${platform.runId}-${n}` } });
      acknowledged.set(expectStatus(response, 201, `POST /opportunities ${n}`).opportunityId, String(input['type']));
    };
    const expectedFor = (subscriber: Subscriber): string[] => [...acknowledged].filter(([, type]) => subscriber.concerns(type)).map(([id]) => id);
    const received = (): Delivery[] => receiver.requests.map(parseDelivery);
    const allArrived = (): boolean =>
      subscribers.every((subscriber) => {
        const got = new Set(received().filter((delivery) => delivery.subscriptionId === subscriber.subscriptionId).map((delivery) => delivery.opportunityId));
        return expectedFor(subscriber).every((id) => got.has(id));
      });

    readiness = new ReadinessWatch([platform.service]);
    readiness.start();

    // Before: the receiver up, deliveries flowing.
    await runWithConcurrency(BEFORE, 5, (n) => publish(n));
    await waitFor(allArrived, { timeoutMs: 60_000, intervalMs: 200, description: 'the deliveries before the outage' });

    // The outage: publications keep coming, spread over most of it.
    await receiver.goDown();
    const downAt = Date.now();
    const spacingMs = (OUTAGE_MS * 0.8) / DURING;
    const during = await runWithConcurrency(DURING, 3, async (n) => {
      await sleep(Math.max(0, downAt + n * spacingMs - Date.now()));
      await publish(BEFORE + n);
    });
    await sleep(Math.max(0, downAt + OUTAGE_MS - Date.now()));
    const receivedWhileDown = receiver.requests.length;
    await receiver.comeBack();
    const backAt = Date.now();

    // After: new publications join the end of each lane's backlog.
    const after = runWithConcurrency(AFTER, 5, (n) => publish(BEFORE + DURING + n));
    await after;
    await waitFor(allArrived, { timeoutMs: 180_000, intervalMs: 200, description: 'every delivery after the receiver came back' }).catch((error: unknown) =>
      console.warn(String(error)),
    );
    const drainedAfterMs = Date.now() - backAt;
    await sleep(3_000); // a late duplicate shows itself before counting
    await readiness.stop();

    const deliveries = received();
    let expectedDeliveries = 0;
    let delivered = 0;
    let duplicated = 0;
    const outOfOrder: string[] = [];
    const idMismatches: string[] = [];
    let failedAttempts = 0;
    let deliveriesRetried = 0;
    for (const subscriber of subscribers) {
      const own = deliveries.filter((delivery) => delivery.subscriptionId === subscriber.subscriptionId);
      const wanted = new Set(expectedFor(subscriber));
      const distinct = new Set(own.map((delivery) => delivery.webhookId));
      expectedDeliveries += wanted.size;
      delivered += [...wanted].filter((id) => own.some((delivery) => delivery.opportunityId === id)).length;
      duplicated += own.length - distinct.size;
      // Feed order: seq 1, 2, 3 … in the order of arrival, nothing skipped.
      const seqs = own.map((delivery) => delivery.seq);
      if (seqs.some((seq, index) => seq !== index + 1)) outOfOrder.push(`${subscriber.name}: ${seqs.join(',')}`);
      idMismatches.push(...own.filter((delivery) => delivery.webhookId !== delivery.notificationId).map((delivery) => `${subscriber.name}: ${delivery.webhookId}`));
      const log = await deliveryLog(platform, subscriber.subscriptionId);
      // The same ids as the service recorded: every delivery of the log arrived under its own id.
      const logIds = new Set(log.map((entry) => entry.deliveryId));
      idMismatches.push(...[...distinct].filter((id) => !logIds.has(id)).map((id) => `${subscriber.name}: ${id} not in the delivery log`));
      failedAttempts += log.reduce((sum, entry) => sum + entry.attempts.filter((attempt) => attempt.statusCode === undefined || attempt.statusCode >= 300).length, 0);
      deliveriesRetried += log.filter((entry) => entry.attempts.length > 1).length;
    }
    const webhooks = await Promise.all(subscribers.map((subscriber) => webhookStatus(platform, subscriber.subscriptionId)));

    const figures = {
      sent,
      acknowledged: acknowledged.size,
      publicationsFailed: during.filter((result) => !result.ok).length,
      expectedDeliveries,
      delivered,
      lost: expectedDeliveries - delivered,
      duplicated,
      outOfOrder: outOfOrder.length,
      idMismatches: idMismatches.length,
      receivedBeforeBack: receivedWhileDown,
      failedAttemptsDuringOutage: failedAttempts,
      deliveriesRetried,
      outageMs: OUTAGE_MS,
      drainedAfterBackMs: drainedAfterMs,
      readinessDrops: readiness.dropsOf(platform.service),
    };
    console.log(summarise('webhook endpoint down', figures));

    expect(figures.lost).toBe(0);
    expect(figures.duplicated).toBe(0);
    expect(outOfOrder).toEqual([]);
    expect(idMismatches).toEqual([]);
    expect(figures.publicationsFailed).toBe(0);
    // Only each lane's head was tried while the receiver was down: one attempt per backoff step.
    expect(deliveriesRetried).toBeLessThanOrEqual(subscribers.length);
    expect(failedAttempts).toBeLessThanOrEqual(subscribers.length * Math.ceil(OUTAGE_MS / 20_000 + 8));
    expect(failedAttempts).toBeGreaterThan(0); // the outage was real
    expect(webhooks).toEqual(subscribers.map(() => 'enabled'));
    expect(readiness.dropReasons(platform.service)).toEqual([]); // a receiver is not a dependency of readiness
    expect(readiness.restarted()).toEqual([]);
    platform.markPassed();
  }, OUTAGE_MS + 360_000);
});

function publicationInput(keyword: string, n: number): Record<string, unknown> {
  return {
    type: n % 2 === 0 ? 'tender' : 'funding-call',
    title: `Lot ${n} ${keyword}`,
    description: `Publication ${n} of the webhook outage scenario.`,
    sectors: ['district-heating'],
    deadline: new Date(Date.now() + 30 * DAY_MS).toISOString(),
    publish: true,
  };
}

function parseDelivery(request: ReceivedWebhook): Delivery {
  const body = JSON.parse(request.body) as {
    data: { notification: { notificationId: string; subscriptionId: string; seq: number; opportunity: { opportunityId: string; type: string } } };
  };
  const { notification } = body.data;
  return {
    webhookId: String(request.headers['webhook-id']),
    notificationId: notification.notificationId,
    subscriptionId: notification.subscriptionId,
    seq: notification.seq,
    opportunityId: notification.opportunity.opportunityId,
    type: notification.opportunity.type,
  };
}

interface LogEntry {
  deliveryId: string;
  attempts: { statusCode?: number }[];
}

/** The service's delivery log of one subscription, every page. */
async function deliveryLog(platform: OpportunitiesPlatform, subscriptionId: string): Promise<LogEntry[]> {
  const entries: LogEntry[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor === null ? '' : `&cursor=${cursor}`;
    const response = await platform.manager.get<{ items: LogEntry[]; nextCursor: string | null }>(`/subscriptions/${subscriptionId}/webhook/deliveries?limit=100${query}`);
    const page = expectStatus(response, 200, 'GET the delivery log');
    entries.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return entries;
}

async function webhookStatus(platform: OpportunitiesPlatform, subscriptionId: string): Promise<string> {
  const response = await platform.manager.get<{ channels: { webhook?: { status: string } } }>(`/subscriptions/${subscriptionId}`);
  return expectStatus(response, 200, 'GET the subscription').channels.webhook?.status ?? 'none';
}
