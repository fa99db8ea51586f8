import { randomUUID } from 'node:crypto';
import { Topics } from '@icn/contracts';
import { WebhookReceiver } from '../support/webhook-receiver';
import { E2ePlatform } from '../support/e2e-platform';
import { organisationInput } from '../support/factories';
import { expectStatus, HttpClient } from '../support/http-client';
import { JaegerProcess, type TracedSpan, type TraceView } from '../support/jaeger';
import { SseStreamClient } from '../support/sse-stream-client';
import { clusterManagerToken } from '../support/tokens';
import { waitFor } from '../support/wait-for';

const DAY_MS = 86_400_000;
const CONSUMERS = ['consortia', 'matchmaking', 'opportunities'];

/**
 * ADR 15 across processes: the four services export to a real Jaeger (OTLP/HTTP), and one HTTP
 * command is one trace there — the producing service's request, the event's creation and its send
 * to Kafka, and a `process` span in every consuming service, each the child of the event's
 * creation and linked to it — found through Jaeger's query API by the request's correlation id.
 * Then a publication's trace reaches its webhook receiver (a `traceparent` header of the same
 * trace) and the SSE push.
 */
describe('tracing: one HTTP command, one trace across every service (Jaeger)', () => {
  let jaeger: JaegerProcess;
  let platform: E2ePlatform;
  let receiver: WebhookReceiver;
  let passed = 0;

  beforeAll(async () => {
    const startedAt = Date.now();
    jaeger = await JaegerProcess.start();
    console.log(`[tracing] Jaeger ready after ${((Date.now() - startedAt) / 1000).toFixed(1)} s (OTLP ${jaeger.otlpEndpoint})`);
    receiver = await WebhookReceiver.start();
    platform = await E2ePlatform.start('tracing', {
      opportunities: true,
      consortia: true,
      serviceEnv: {
        OTEL_EXPORTER_OTLP_ENDPOINT: jaeger.otlpEndpoint,
        // Spans leave each service within 200 ms instead of the SDK's 5 s.
        OTEL_BSP_SCHEDULE_DELAY: '200',
        OTEL_TRACES_SAMPLER: 'parentbased_always_on',
        WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
      },
    });
  }, 1_900_000);

  afterAll(async () => {
    await platform?.stop();
    await receiver?.stop();
    await jaeger?.stop({ keepFiles: passed < 2 });
  });

  /** The one trace of the request with this correlation id, once `complete` holds for it. */
  async function traceOf(service: string, correlationId: string, complete: (view: TraceView) => boolean, what: string): Promise<TraceView> {
    return waitFor(
      async () => {
        const found = await jaeger.findTraces(service, { 'icn.correlation_id': correlationId });
        if (found.length !== 1) return undefined;
        const view = await jaeger.trace(found[0] as string);
        return complete(view) ? view : undefined;
      },
      { timeoutMs: 90_000, intervalMs: 500, description: what },
    );
  }

  /** Every `process` span of the topic in that service: a consumer, child of the creation and linked to it. */
  function expectConsumersOf(view: TraceView, created: TracedSpan, service: string, topic: string): TracedSpan[] {
    const processed = view.spans(`process ${topic}`, service);
    expect(processed.length).toBeGreaterThanOrEqual(1);
    for (const span of processed) {
      expect(span.kind).toBe('consumer');
      expect(span.parentSpanId).toBe(created.spanId);
      expect(span.links).toEqual([{ traceId: created.traceId, spanId: created.spanId }]);
    }
    return processed;
  }

  it('an organisation joined over membership is one trace through Kafka into matchmaking, opportunities and consortia', async () => {
    const correlationId = `trace-${randomUUID()}`;
    const manager = new HttpClient(() => platform.membership.baseUrl, clusterManagerToken(platform.jwtSecret, platform.clusterId));
    const sentAt = Date.now();
    const joined = await manager.post<{ organisationId: string }>('/organisations', organisationInput(platform.clusterId, 1), { headers: { 'x-correlation-id': correlationId } });
    const { organisationId } = expectStatus(joined, 201, 'POST /organisations');
    const topic = Topics.membershipOrganisation;

    const view = await traceOf(
      'membership',
      correlationId,
      (candidate) => CONSUMERS.every((service) => candidate.spans(`process ${topic}`, service).length > 0),
      `one trace of ${correlationId} reaching ${CONSUMERS.join(', ')}`,
    );
    const foundAfterMs = Date.now() - sentAt;
    const request = view.span('POST /organisations', 'membership');
    expect([request.kind, request.parentSpanId, request.attributes['http.route']]).toEqual(['server', undefined, '/organisations']);
    const created = view.span(`create ${topic}`, 'membership');
    expect([created.kind, created.parentSpanId, created.attributes['messaging.destination.name']]).toEqual(['producer', request.spanId, topic]);
    // The broker hop: published by membership's relay under the event's creation, linked to it.
    const sent = view.span(`send ${topic}`, 'membership');
    expect([sent.kind, sent.parentSpanId, sent.links]).toEqual(['producer', created.spanId, [{ traceId: created.traceId, spanId: created.spanId }]]);
    const consumers = CONSUMERS.flatMap((service) => expectConsumersOf(view, created, service, topic));
    expect(view.services).toEqual(['consortia', 'matchmaking', 'membership', 'opportunities']);
    expect(new Set(view.all.map((span) => span.traceId))).toEqual(new Set([view.traceId]));
    const lastEnd = Math.max(...consumers.map((span) => span.endMs));
    console.log(
      `[tracing] organisation ${organisationId}: trace ${view.traceId}, ${view.all.length} spans in ${view.services.join(', ')}; ` +
        `request start → last consumer span end ${lastEnd - request.startMs} ms; the whole trace found in Jaeger ${foundAfterMs} ms after the request`,
    );
    passed += 1;
  });
  it("a publication's trace goes on through the notification to the SSE push and the webhook, whose receiver gets its traceparent", async () => {
    const correlationId = `trace-${randomUUID()}`;
    const subscribed = await waitFor(
      async () => {
        const response = await platform.opportunitiesManager.post<{ subscriptionId: string }>('/subscriptions', { name: 'traced tenders', filters: { types: ['tender'] }, channels: { webhook: { url: receiver.url } } });
        return response.status === 201 ? response.body : undefined;
      },
      { timeoutMs: 60_000, description: 'a subscription with a webhook in opportunities' },
    );
    const stream = new SseStreamClient(() => `${platform.requireOpportunitiesUrl()}/subscriptions/${subscribed.subscriptionId}/stream`, clusterManagerToken(platform.jwtSecret, platform.clusterId));
    await stream.start();
    try {
      const published = await platform.opportunitiesManager.post<{ opportunityId: string }>(
        '/opportunities',
        {
          type: 'tender',
          title: 'Traced tender for heat pumps',
          description: 'Followed from the request to the webhook.',
          sectors: ['district-heating'],
          targetClusterIds: [platform.clusterId],
          deadline: new Date(Date.now() + 30 * DAY_MS).toISOString(),
          publish: true,
        },
        { headers: { 'x-correlation-id': correlationId } },
      );
      expectStatus(published, 201, 'POST /opportunities');
      const webhook = await waitFor(() => receiver.requests.find((request) => request.body.includes(correlationId)), { timeoutMs: 60_000, description: 'the webhook delivery' });
      await waitFor(() => stream.frames.length > 0, { timeoutMs: 30_000, description: 'the SSE frame' });

      const notifications = Topics.opportunitiesNotification;
      const view = await traceOf(
        'opportunities',
        correlationId,
        (candidate) =>
          candidate.spans('webhook deliver', 'opportunities').length > 0 &&
          candidate.spans('sse push', 'opportunities').length > 0 &&
          ['matchmaking', 'consortia'].every((service) => candidate.spans(`process ${Topics.opportunitiesOpportunity}`, service).length > 0),
        `the trace of ${correlationId} through the notification`,
      );
      const traceparent = String(webhook.headers['traceparent'] ?? '');
      expect(traceparent).toMatch(new RegExp(`^00-${view.traceId}-[0-9a-f]{16}-01$`));
      const publication = view.span(`create ${Topics.opportunitiesOpportunity}`, 'opportunities');
      expect(view.span('POST /opportunities', 'opportunities').spanId).toBe(publication.parentSpanId);
      for (const service of ['matchmaking', 'consortia']) expectConsumersOf(view, publication, service, Topics.opportunitiesOpportunity);
      // Opportunities' own consumer of the publication fans it out: the notification is created there.
      const fanOut = expectConsumersOf(view, publication, 'opportunities', Topics.opportunitiesOpportunity);
      const notification = view.spans(`create ${notifications}`, 'opportunities').find((span) => fanOut.some((consumer) => consumer.spanId === span.parentSpanId));
      expect(notification).toBeDefined();
      const created = notification as TracedSpan;
      // The live push ran inside the broadcast consumer of the notification.
      const broadcast = expectConsumersOf(view, created, 'opportunities', notifications);
      expect(broadcast.map((span) => span.spanId)).toContain(view.span('sse push', 'opportunities').parentSpanId);
      // The webhook attempt continues the notification (child and link); the POST under it is what
      // the receiver's traceparent names.
      const delivery = view.span('webhook deliver', 'opportunities');
      expect([delivery.parentSpanId, delivery.links]).toEqual([created.spanId, [{ traceId: created.traceId, spanId: created.spanId }]]);
      const post = view.childrenOf(delivery);
      expect(post.map((span) => [span.kind, span.spanId])).toEqual([['client', traceparent.split('-')[2]]]);
      console.log(`[tracing] publication: trace ${view.traceId}, ${view.all.length} spans in ${view.services.join(', ')}; webhook traceparent ${traceparent}`);
      passed += 1;
      platform.markPassed();
    } finally {
      stream.close();
    }
  });
});
