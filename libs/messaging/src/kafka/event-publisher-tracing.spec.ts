import { OrganisationLeft, TraceHeaders } from '@icn/contracts';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import type { Kafka, Producer, ProducerBatch, ProducerConfig } from 'kafkajs';
import type { OutboxEntry } from '../outbox/outbox-entry';
import { RecordingTracer } from '../tracing/testing/recording-tracer';
import { EventPublisher } from './event-publisher';

const CREATED = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
const OTHER = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

function entry(eventId: string, trace: Partial<Pick<OutboxEntry, 'traceparent' | 'tracestate'>> = {}): OutboxEntry {
  return { eventId, topic: OrganisationLeft.topic, key: 'org-1', type: OrganisationLeft.type, sequence: 1, value: '{}', createdAt: new Date(), ...trace };
}

/**
 * A producer that records the batches kafkajs would send and acknowledges every partition its
 * partitioner chose (one partition); `fail` makes the next send reject.
 */
function fakeKafka(): { kafka: Kafka; batches: ProducerBatch[]; fail: { next: boolean } } {
  const batches: ProducerBatch[] = [];
  const fail = { next: false };
  const producer = (config: ProducerConfig = {}): Producer => {
    const partitioner = config.createPartitioner?.();
    return {
      connect: async () => undefined,
      disconnect: async () => undefined,
      sendBatch: async (batch: ProducerBatch) => {
        if (fail.next) throw new Error('broker unavailable');
        batches.push(batch);
        return (batch.topicMessages ?? []).flatMap(({ topic, messages }) =>
          messages.map((message) => ({ topicName: topic, partition: partitioner?.({ topic, partitionMetadata: [{ partitionId: 0, leader: 1, replicas: [1], isr: [1], partitionErrorCode: 0 }], message }) ?? 0, errorCode: 0 })),
        );
      },
    } as unknown as Producer;
  };
  return { kafka: { producer } as unknown as Kafka, batches, fail };
}

describe('EventPublisher puts the trace context on the wire (ADR 15)', () => {
  const tracer = new RecordingTracer();
  beforeAll(() => tracer.install());
  afterAll(() => tracer.uninstall());
  beforeEach(() => tracer.reset());

  it('copies each entry\'s traceparent / tracestate to its Kafka headers; an untraced entry gets none', async () => {
    const { kafka, batches } = fakeKafka();
    await new EventPublisher(kafka).publishEntries([entry('e1', { traceparent: CREATED, tracestate: 'icn=1' }), entry('e2')]);
    const [traced, untraced] = batches[0].topicMessages?.[0].messages ?? [];
    expect(traced.headers).toMatchObject({ [TraceHeaders.traceparent]: CREATED, [TraceHeaders.tracestate]: 'icn=1', ce_id: 'e1' });
    expect(Object.keys(untraced.headers ?? {})).not.toContain(TraceHeaders.traceparent);
  });

  it('sends under one `send <topic>` producer span per creation context, child of it and linked to it', async () => {
    const { kafka } = fakeKafka();
    await new EventPublisher(kafka).publishEntries([entry('e1', { traceparent: CREATED }), entry('e2', { traceparent: CREATED }), entry('e3', { traceparent: OTHER }), entry('e4')]);
    const sends = tracer.spans().filter((span) => span.name === `send ${OrganisationLeft.topic}`);
    expect(sends).toHaveLength(2);
    const first = sends.find((span) => span.spanContext().traceId === '0af7651916cd43dd8448eb211c80319c');
    expect(first?.kind).toBe(SpanKind.PRODUCER);
    expect(first?.parentSpanContext?.spanId).toBe('b7ad6b7169203331');
    expect(first?.links.map((link) => link.context.spanId)).toEqual(['b7ad6b7169203331']);
    expect(first?.attributes).toMatchObject({ 'messaging.operation.type': 'send', 'messaging.batch.message_count': 2 });
    expect(sends.map((span) => span.spanContext().traceId).sort()).toEqual(['0af7651916cd43dd8448eb211c80319c', '4bf92f3577b34da6a3ce929d0e0e4736']);
  });

  it('marks the send spans failed when Kafka refuses the batch, and rethrows', async () => {
    const { kafka, fail } = fakeKafka();
    fail.next = true;
    await expect(new EventPublisher(kafka).publishEntries([entry('e1', { traceparent: CREATED })])).rejects.toThrow('broker unavailable');
    expect(tracer.span(`send ${OrganisationLeft.topic}`).status).toEqual({ code: SpanStatusCode.ERROR, message: 'broker unavailable' });
  });
});
