import { OrganisationLeft, TraceHeaders, type CloudEvent } from '@icn/contracts';
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { IsOptional, IsString } from 'class-validator';
import type { IHeaders } from 'kafkajs';
import { SILENT_LOGGER } from '../observability/messaging-logger';
import { NOOP_MESSAGING_METRICS } from '../observability/messaging-metrics';
import { buildEvent } from '../outbox/build-event';
import { RecordingTracer } from '../tracing/testing/recording-tracer';
import { MessageProcessor, type DeliveryContext } from './message-processor';

class NotePayload {
  @IsOptional()
  @IsString()
  note?: string;
}
const definition = { ...OrganisationLeft, payload: NotePayload };

const CREATION = { traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331' };
const CREATED = `00-${CREATION.traceId}-${CREATION.spanId}-01`;

function event(id: string, trace: Pick<CloudEvent, 'traceparent'> = {}): CloudEvent<object> {
  return { specversion: '1.0', id, source: 's', type: definition.type, subject: 'o1', time: new Date().toISOString(), datacontenttype: 'application/json', correlationid: 'c', subjectsequence: 1, data: {}, ...trace };
}

function raw(value: object | string, headers: IHeaders = {}) {
  return { key: Buffer.from('o1'), value: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)), offset: '7', headers };
}

describe('MessageProcessor continues the producer\'s trace (ADR 15)', () => {
  const tracer = new RecordingTracer();
  const delivery: DeliveryContext = { topic: 'icn.t', partition: 2, heartbeat: async () => undefined, shouldAbort: () => false };
  let emitted: CloudEvent[];
  let failing: boolean;

  function processor(maxAttempts = 1): MessageProcessor {
    return new MessageProcessor({
      groupId: 'reader',
      handlers: new Map([
        [
          definition.type,
          {
            definition,
            handle: async () => {
              if (failing) throw new Error('db unavailable');
              // What a handler emits is created inside the consumer span: the trace goes on.
              emitted.push(buildEvent(OrganisationLeft, { subject: 'org-2', sequence: 1, data: { organisationId: '3d6f0a8b-2c4e-4f1a-9b7c-5e8d0f2a4b6c', clusterId: 'clean', leftAt: '2026-01-02T03:04:05.000Z' }, source: 's' }));
            },
          },
        ],
      ]),
      maxAttempts,
      backoff: { initialMs: 1, maxMs: 1, multiplier: 1, jitter: 0 },
      store: { has: async () => false, record: async () => undefined },
      deadLetter: async () => undefined,
      metrics: NOOP_MESSAGING_METRICS,
      logger: SILENT_LOGGER,
      heartbeatEveryMs: 50,
    });
  }

  beforeAll(() => tracer.install());
  afterAll(() => tracer.uninstall());
  beforeEach(() => {
    tracer.reset();
    emitted = [];
    failing = false;
  });

  it('processes in a `process <topic>` consumer span that is the child of the creation context and linked to it', async () => {
    await expect(processor().process(raw(event('e1'), { [TraceHeaders.traceparent]: Buffer.from(CREATED) }), delivery)).resolves.toBe('processed');
    const span = tracer.span('process icn.t');
    expect(span.kind).toBe(SpanKind.CONSUMER);
    expect(span.spanContext().traceId).toBe(CREATION.traceId);
    expect(span.parentSpanContext?.spanId).toBe(CREATION.spanId);
    expect(span.links.map((link) => [link.context.traceId, link.context.spanId])).toEqual([[CREATION.traceId, CREATION.spanId]]);
    expect(span.attributes).toMatchObject({
      'messaging.system': 'kafka',
      'messaging.operation.type': 'process',
      'messaging.destination.name': 'icn.t',
      'messaging.destination.partition.id': '2',
      'messaging.consumer.group.name': 'reader',
      'messaging.kafka.offset': 7,
      'messaging.message.id': 'e1',
      'icn.messaging.outcome': 'processed',
    });
    // The handler's own event was created under the consumer span, in the same trace.
    const create = tracer.span(`create ${OrganisationLeft.topic}`);
    expect(create.parentSpanContext?.spanId).toBe(span.spanContext().spanId);
    expect(emitted[0].traceparent).toBe(`00-${CREATION.traceId}-${create.spanContext().spanId}-01`);
  });

  it('falls back to the event\'s traceparent attribute when the headers carry none', async () => {
    await processor().process(raw(event('e2', { traceparent: CREATED })), delivery);
    expect(tracer.span('process icn.t').parentSpanContext?.spanId).toBe(CREATION.spanId);
  });

  it('starts a trace of its own for a message without a trace context, or with a malformed one', async () => {
    await trace.getTracer('spec').startActiveSpan('unrelated', async (unrelated) => {
      await processor().process(raw(event('e3'), { [TraceHeaders.traceparent]: 'garbage' }), delivery);
      unrelated.end();
    });
    const span = tracer.span('process icn.t');
    expect(span.parentSpanContext).toBeUndefined();
    expect(span.links).toEqual([]);
  });

  it('marks the span failed, with the handler\'s errors recorded, when the message is dead-lettered', async () => {
    failing = true;
    await expect(processor(2).process(raw(event('e4'), { [TraceHeaders.traceparent]: CREATED }), delivery)).resolves.toBe('dead-lettered');
    const span = tracer.span('process icn.t');
    expect(span.status.code).toBe(SpanStatusCode.ERROR);
    expect(span.attributes['icn.messaging.outcome']).toBe('dead-lettered');
    expect(span.events.filter((recorded) => recorded.name === 'exception')).toHaveLength(2);
  });

  it('traces an invalid message too (it is dead-lettered under the producer\'s trace), but not an ignored type', async () => {
    await processor().process(raw('not json', { [TraceHeaders.traceparent]: CREATED }), delivery);
    await processor().process(raw({ ...event('e5'), type: 'org.icn.other.v1' }, { [TraceHeaders.traceparent]: CREATED }), delivery);
    const spans = tracer.spans().filter((span) => span.name === 'process icn.t');
    expect(spans).toHaveLength(1);
    expect(spans[0].attributes['icn.messaging.outcome']).toBe('dead-lettered');
    expect(spans[0].parentSpanContext?.spanId).toBe(CREATION.spanId);
  });
});
