import { context, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { KAFKA, MessagingAttribute, messagingTracer } from './messaging-semconv';
import { contextOfCarrier, spanContextOf, traceCarrierOf, type TraceCarrier } from './trace-carrier';

/**
 * The creation context of one event: a `create <topic>` producer span, child of whatever is
 * active (the HTTP request's span, or the span of the event being handled), ended at once. Its
 * context is what the event carries from then on — stored with it in the commit, published later
 * by any replica's relay, continued by every consumer — so the trace survives the outbox (ADR 15).
 * Without a tracer provider the carrier is empty and this costs a no-op span.
 */
export function createEventTraceContext(topic: string, event: { id: string; type: string; subject: string }): TraceCarrier {
  const span = messagingTracer().startSpan(`create ${topic}`, {
    kind: SpanKind.PRODUCER,
    attributes: {
      [MessagingAttribute.system]: KAFKA,
      [MessagingAttribute.operationType]: 'create',
      [MessagingAttribute.operationName]: 'create',
      [MessagingAttribute.destination]: topic,
      [MessagingAttribute.messageId]: event.id,
      [MessagingAttribute.eventId]: event.id,
      [MessagingAttribute.eventType]: event.type,
      [MessagingAttribute.eventSubject]: event.subject,
    },
  });
  try {
    return traceCarrierOf(trace.setSpan(context.active(), span));
  } finally {
    span.end();
  }
}

/** One message about to be sent: its topic and the creation context it carries. */
export interface OutgoingMessageTrace {
  topic: string;
  carrier: TraceCarrier;
}

/**
 * Runs `send` (one Kafka batch) inside `send <topic>` producer spans: one per topic and creation
 * context in the batch (a fan-out of a thousand notifications of one cause is one span with its
 * count), each a child of that context and linked to it, ended when Kafka acknowledged. This is
 * the broker hop in the trace, in the process that actually published — possibly a replica other
 * than the writer, possibly much later. Messages without a trace context get no span.
 */
export async function withSendSpans<R>(messages: readonly OutgoingMessageTrace[], send: () => Promise<R>): Promise<R> {
  const groups = new Map<string, { topic: string; carrier: TraceCarrier; count: number }>();
  for (const { topic, carrier } of messages) {
    if (carrier.traceparent === undefined) continue;
    const key = `${topic} ${carrier.traceparent}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { topic, carrier, count: 1 });
    else group.count += 1;
  }
  if (groups.size === 0) return send();
  const spans: Span[] = [...groups.values()].map(({ topic, carrier, count }) => {
    const created = spanContextOf(carrier);
    return messagingTracer().startSpan(
      `send ${topic}`,
      {
        kind: SpanKind.PRODUCER,
        attributes: {
          [MessagingAttribute.system]: KAFKA,
          [MessagingAttribute.operationType]: 'send',
          [MessagingAttribute.operationName]: 'send',
          [MessagingAttribute.destination]: topic,
          ...(count > 1 ? { [MessagingAttribute.batchCount]: count } : {}),
        },
        links: created !== undefined ? [{ context: created }] : [],
      },
      contextOfCarrier(carrier),
    );
  });
  try {
    return await send();
  } catch (error) {
    for (const span of spans) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
    }
    throw error;
  } finally {
    for (const span of spans) span.end();
  }
}
