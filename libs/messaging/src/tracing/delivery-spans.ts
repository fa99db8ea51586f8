import { context, SpanKind, SpanStatusCode, trace, type Attributes } from '@opentelemetry/api';
import { messagingTracer } from './messaging-semconv';
import { contextOfCarrier, spanContextOf, type TraceCarrier } from './trace-carrier';

/**
 * Runs a delivery of an event beyond Kafka — a webhook POST, a push to a stream — in a span that
 * continues the event's creation context (child and link), however much later it runs: the
 * webhook worker sends from a stored delivery, on any replica, after retries. `failureOf` says
 * when the result is a failure (an error status, without throwing). Outgoing HTTP made inside it
 * is traced by the http instrumentation as its child, with `traceparent` sent to the receiver.
 */
export async function withEventDeliverySpan<R>(
  name: string,
  carrier: TraceCarrier,
  attributes: Attributes,
  work: () => Promise<R>,
  failureOf: (result: R) => string | undefined = () => undefined,
): Promise<R> {
  const created = spanContextOf(carrier);
  const span = messagingTracer().startSpan(name, { kind: SpanKind.INTERNAL, attributes, links: created !== undefined ? [{ context: created }] : [] }, contextOfCarrier(carrier));
  try {
    const result = await context.with(trace.setSpan(context.active(), span), work);
    const failure = failureOf(result);
    if (failure !== undefined) span.setStatus({ code: SpanStatusCode.ERROR, message: failure });
    return result;
  } catch (error) {
    span.recordException(error instanceof Error ? error : String(error));
    span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
    throw error;
  } finally {
    span.end();
  }
}
