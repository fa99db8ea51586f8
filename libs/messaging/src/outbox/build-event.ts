import { randomUUID } from 'node:crypto';
import { assertEventConforms, type CloudEvent, type EventDefinition } from '@icn/contracts';
import { eventContext } from '../context/event-context';
import { createEventTraceContext } from '../tracing/producer-spans';

export interface BuildEventInput<T> {
  subject: string;
  /** The aggregate's version after this change (the envelope's `subjectsequence`). */
  sequence: number;
  data: T;
  /** The producing service, e.g. `icn.membership` or `/membership`. */
  source: string;
  correlationId?: string;
  causationId?: string;
  /** A UUID; random by default. Deterministic ids (a notification's) and tests set it. */
  id?: string;
  time?: Date;
}

/**
 * Builds a CloudEvent for a definition. Correlation and causation default to the current context
 * (the HTTP request or the event being handled), so a flow stays traceable across services without
 * each call site threading ids through; with no context the event starts a new correlation. When
 * the service traces, the event also gets `traceparent` / `tracestate`: a `create` span's context.
 *
 * Every event a service writes to an outbox or publishes is built here, so this is where its
 * contract is enforced: an event whose envelope or data the contract rejects throws
 * EventContractViolation before anything is written (a producer bug surfaces at its source, not in
 * a consumer's dead-letter topic).
 */
export function buildEvent<T extends object>(definition: EventDefinition<T>, input: BuildEventInput<T>): CloudEvent<T> {
  const context = eventContext().current();
  const id = input.id ?? randomUUID();
  const causationId = input.causationId ?? context?.causationId;
  const event: CloudEvent<T> = {
    specversion: '1.0',
    id,
    source: input.source,
    type: definition.type,
    subject: input.subject,
    time: (input.time ?? new Date()).toISOString(),
    datacontenttype: 'application/json',
    correlationid: input.correlationId ?? context?.correlationId ?? id,
    subjectsequence: input.sequence,
    data: input.data,
  };
  if (causationId !== undefined) {
    event.causationid = causationId;
  }
  // The CloudEvents Distributed Tracing extension: the context of the event's creation, committed
  // with it, so it outlives the request that created it (ADR 15). Nothing when tracing is off.
  Object.assign(event, createEventTraceContext(definition.topic, event));
  assertEventConforms(definition, event);
  return event;
}
