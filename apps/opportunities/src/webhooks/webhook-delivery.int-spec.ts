import type { CloudEvent, NotificationDeliveredV1 } from '@icn/contracts';
import { waitFor } from '@icn/testing';
import { randomUUID } from 'node:crypto';
import { startDeliveryFixture, type DeliveryFixture } from '../notifications/testing/delivery-fixture';
import { notificationEventIdOf } from '../notifications/domain/notification-id';
import { anOpportunity } from '../notifications/testing/opportunity-event.producer';
import { WebhookTestReceiver } from '../notifications/testing/webhook-receiver';
import type { OpportunitiesTestApp } from '../opportunities/testing/opportunities-test-app';
import { verify, WEBHOOK_HEADERS } from './domain/standard-webhooks';

const manager = { sub: 'manager-clean', role: 'cluster-manager' as const, clusterId: 'clean' };

interface Created {
  subscriptionId: string;
  webhookSecret: string;
  calendarPath?: string;
}

describe('webhooks, reminders and the calendar (real app, Kafka, FerretDB)', () => {
  let fixture: DeliveryFixture;
  let app: OpportunitiesTestApp;
  const receivers: WebhookTestReceiver[] = [];

  beforeAll(async () => {
    fixture = await startDeliveryFixture(1);
    app = fixture.apps[0];
  });

  afterAll(async () => {
    await Promise.all(receivers.map((receiver) => receiver.stop()));
    await fixture?.close();
  });

  async function subscribeWithWebhook(keyword: string, url: string, extra: object = {}): Promise<Created> {
    const response = await app.call('POST', '/subscriptions', {
      token: app.token(manager),
      body: { name: 'hook', filters: { keywords: [keyword] }, channels: { webhook: { url }, ...extra } },
    });
    expect(response.status).toBe(201);
    return response.body as Created;
  }

  function headersOf(request: WebhookTestReceiver['requests'][number]): Record<string, string | undefined> {
    return Object.fromEntries(Object.entries(request.headers).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  }

  it('signs each delivery; a receiver failing 3 times then succeeding gets it once, with the same webhook-id', async () => {
    const receiver = await WebhookTestReceiver.start((attempt) => (attempt <= 3 ? 503 : 204));
    receivers.push(receiver);
    const keyword = `kw${randomUUID().slice(0, 8)}`;
    const { subscriptionId, webhookSecret } = await subscribeWithWebhook(keyword, receiver.url);
    expect(webhookSecret).toMatch(/^whsec_/);

    await fixture.producer.published(anOpportunity(keyword));
    await waitFor(() => receiver.requests.some((request) => request.answeredWith === 204), { timeoutMs: 20_000, description: 'a successful delivery' });
    await new Promise((resolve) => setTimeout(resolve, 600));

    expect(receiver.requests.map((request) => request.answeredWith)).toEqual([503, 503, 503, 204]);
    const ids = new Set(receiver.requests.map((request) => request.headers[WEBHOOK_HEADERS.id]));
    expect(ids.size).toBe(1);
    for (const request of receiver.requests) expect(verify(webhookSecret, headersOf(request), request.body)).toBe(true);
    expect(verify(webhookSecret, headersOf(receiver.requests[0]), receiver.requests[0].body.replace('Heat', 'Cold'))).toBe(false);
    const event = JSON.parse(receiver.requests[3].body) as CloudEvent<NotificationDeliveredV1>;
    // webhook-id is the notification id; the CloudEvent id is the UUID derived from it (ADR 7).
    expect(event.data.notification).toMatchObject({ notificationId: [...ids][0], subscriptionId, seq: 1, kind: 'published' });
    expect(event.id).toBe(notificationEventIdOf([...ids][0] as string));

    const log = await app.call('GET', `/subscriptions/${subscriptionId}/webhook/deliveries`, { token: app.token(manager) });
    expect(log.status).toBe(200);
    const [delivery] = (log.body as { items: { deliveryId: string; status: string; attempts: { statusCode?: number }[] }[] }).items;
    expect(delivery.status).toBe('delivered');
    expect(delivery.attempts.map((attempt) => attempt.statusCode)).toEqual([503, 503, 503, 204]);

    // Manual redelivery: the same notification again, same webhook-id.
    const redelivered = await app.call('POST', `/subscriptions/${subscriptionId}/webhook/deliveries/${delivery.deliveryId}/redeliver`, { token: app.token(manager) });
    expect(redelivered.status).toBe(202);
    await waitFor(() => receiver.requests.length === 5, { timeoutMs: 10_000, description: 'the redelivery' });
    expect(receiver.requests[4].headers[WEBHOOK_HEADERS.id]).toBe(delivery.deliveryId);
  });

  it('disables a persistently failing webhook and resumes its deliveries when the owner re-enables it', async () => {
    let healthy = false;
    const receiver = await WebhookTestReceiver.start(() => (healthy ? 200 : 500));
    receivers.push(receiver);
    const keyword = `kw${randomUUID().slice(0, 8)}`;
    const { subscriptionId } = await subscribeWithWebhook(keyword, receiver.url);
    await fixture.producer.published(anOpportunity(keyword));

    const token = app.token(manager);
    const disabled = await waitFor(
      async () => {
        const response = await app.call('GET', `/subscriptions/${subscriptionId}`, { token });
        const webhook = (response.body as { channels: { webhook?: { status: string; disabledReason?: string } } }).channels.webhook;
        return webhook?.status === 'disabled' ? webhook : undefined;
      },
      { timeoutMs: 20_000, description: 'the webhook to be disabled' },
    );
    expect(disabled.disabledReason).toContain('consecutive failed');
    const failedAttempts = receiver.requests.length;
    expect(failedAttempts).toBe(5);

    healthy = true;
    expect((await app.call('POST', `/subscriptions/${subscriptionId}/webhook/enable`, { token })).status).toBe(200);
    await waitFor(() => receiver.requests.some((request) => request.answeredWith === 200), { timeoutMs: 10_000, description: 'delivery after re-enabling' });
    expect(new Set(receiver.requests.map((request) => request.headers[WEBHOOK_HEADERS.id])).size).toBe(1);
  });

  it('sends deadline reminders and extension notices once, and lists followed deadlines in the calendar', async () => {
    const receiver = await WebhookTestReceiver.start();
    receivers.push(receiver);
    const keyword = `kw${randomUUID().slice(0, 8)}`;
    const { subscriptionId, calendarPath } = await subscribeWithWebhook(keyword, receiver.url, { calendar: true });
    expect(calendarPath).toContain('/calendar.ics?token=');

    const day = 24 * 60 * 60 * 1000;
    const opportunity = anOpportunity(keyword, { deadline: new Date(Date.now() + 2 * day).toISOString() });
    await fixture.producer.published(opportunity);
    await waitFor(() => receiver.requests.length === 1, { timeoutMs: 20_000, description: 'the publication' });

    const scheduler = app.app.get((await import('../reminders/reminder-scheduler')).ReminderScheduler);
    expect(await scheduler.runOnce()).toBe(1);
    expect(await scheduler.runOnce()).toBe(0); // at most once
    await waitFor(() => receiver.requests.length === 2, { timeoutMs: 10_000, description: 'the reminder' });
    const reminder = (JSON.parse(receiver.requests[1].body) as CloudEvent<NotificationDeliveredV1>).data.notification;
    expect(reminder).toMatchObject({ kind: 'deadline-reminder', daysBeforeDeadline: 3, seq: 2 });

    const extended = { ...opportunity, version: opportunity.version + 1, deadline: new Date(Date.now() + 10 * day).toISOString() };
    await fixture.producer.deadlineExtended(extended, opportunity.deadline);
    await waitFor(() => receiver.requests.length === 3, { timeoutMs: 20_000, description: 'the extension notice' });
    const notice = (JSON.parse(receiver.requests[2].body) as CloudEvent<NotificationDeliveredV1>).data.notification;
    expect(notice).toMatchObject({ kind: 'deadline-extended', previousDeadline: opportunity.deadline, seq: 3 });
    // The new deadline is 10 days away: the 14-day reminder of the new deadline is due, once.
    let sent = 0;
    await waitFor(async () => (sent += await scheduler.runOnce()) >= 1, { timeoutMs: 10_000, description: 'the reminder for the new deadline' });
    expect(sent).toBe(1);
    expect(await scheduler.runOnce()).toBe(0);
    await waitFor(() => receiver.requests.length === 4, { timeoutMs: 10_000, description: 'the new reminder' });
    expect((JSON.parse(receiver.requests[3].body) as CloudEvent<NotificationDeliveredV1>).data.notification).toMatchObject({
      kind: 'deadline-reminder',
      daysBeforeDeadline: 14,
    });

    const calendar = await fetch(`${app.baseUrl}${calendarPath}`);
    expect(calendar.status).toBe(200);
    expect(calendar.headers.get('content-type')).toContain('text/calendar');
    const ics = await calendar.text();
    expect(ics).toContain(`UID:${opportunity.opportunityId}@opportunities.icn`);
    expect(ics).toContain(`SEQUENCE:${extended.version}`);
    expect((await fetch(`${app.baseUrl}/subscriptions/${subscriptionId}/calendar.ics?token=wrong`)).status).toBe(404);
  });
});
