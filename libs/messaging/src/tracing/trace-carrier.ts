import { context, propagation, ROOT_CONTEXT, trace, type Context, type SpanContext } from '@opentelemetry/api';
import { TraceHeaders, type CloudEvent } from '@icn/contracts';
import type { IHeaders } from 'kafkajs';

/**
 * A W3C trace context as text: what an event carries in its `traceparent` / `tracestate`
 * attributes (the CloudEvents Distributed Tracing extension) and its Kafka headers (ADR 15).
 * Empty when the producer does not trace.
 */
export interface TraceCarrier {
  traceparent?: string;
  tracestate?: string;
}

/** The trace context of `ctx` as a carrier, by the registered propagator (none: an empty carrier). */
export function traceCarrierOf(ctx: Context = context.active()): TraceCarrier {
  const carrier: Record<string, string> = {};
  propagation.inject(ctx, carrier);
  const traceparent = carrier[TraceHeaders.traceparent];
  if (traceparent === undefined) return {};
  const tracestate = carrier[TraceHeaders.tracestate];
  return tracestate === undefined || tracestate === '' ? { traceparent } : { traceparent, tracestate };
}

/** The context a carrier continues (the root context when it names none). */
export function contextOfCarrier(carrier: TraceCarrier): Context {
  return carrier.traceparent === undefined ? ROOT_CONTEXT : propagation.extract(ROOT_CONTEXT, carrier);
}

/** The remote span context a carrier names, if it names a valid one (and a propagator is registered). */
export function spanContextOf(carrier: TraceCarrier): SpanContext | undefined {
  if (carrier.traceparent === undefined) return undefined;
  const remote = trace.getSpanContext(contextOfCarrier(carrier));
  return remote !== undefined && trace.isSpanContextValid(remote) ? remote : undefined;
}

/** The carrier's attributes of an event (what its producer stored with it). */
export function traceCarrierOfEvent(event: Pick<CloudEvent, 'traceparent' | 'tracestate'>): TraceCarrier {
  return {
    ...(typeof event.traceparent === 'string' ? { traceparent: event.traceparent } : {}),
    ...(typeof event.tracestate === 'string' ? { tracestate: event.tracestate } : {}),
  };
}

/** The Kafka headers that carry a trace context: the same values as the event's attributes. */
export function traceHeadersOf(carrier: TraceCarrier): Record<string, string> {
  return {
    ...(carrier.traceparent !== undefined ? { [TraceHeaders.traceparent]: carrier.traceparent } : {}),
    ...(carrier.tracestate !== undefined ? { [TraceHeaders.tracestate]: carrier.tracestate } : {}),
  };
}

/** The carrier a consumed message's headers hold (kafkajs gives header values as Buffers). */
export function traceCarrierOfHeaders(headers: IHeaders | undefined): TraceCarrier {
  const traceparent = headerText(headers, TraceHeaders.traceparent);
  const tracestate = headerText(headers, TraceHeaders.tracestate);
  return { ...(traceparent !== undefined ? { traceparent } : {}), ...(tracestate !== undefined ? { tracestate } : {}) };
}

function headerText(headers: IHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}

/**
 * The creation context of a consumed message: its headers', or else its event's attributes (an
 * event copied to a topic without its headers — replayed from a dead-letter topic by a tool, or
 * produced by an integrator in structured mode — still continues its trace).
 */
export function traceCarrierOfMessage(headers: IHeaders | undefined, event: Pick<CloudEvent, 'traceparent' | 'tracestate'> | undefined): TraceCarrier {
  const fromHeaders = traceCarrierOfHeaders(headers);
  if (fromHeaders.traceparent !== undefined || event === undefined) return fromHeaders;
  return traceCarrierOfEvent(event);
}
