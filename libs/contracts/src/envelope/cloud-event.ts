/**
 * CloudEvents 1.0 envelope, Kafka protocol binding in structured mode: the whole event is the JSON
 * message value (content type `application/cloudevents+json`) and the message key is `subject`.
 *
 * Extensions (lowercase alphanumeric, as CloudEvents requires):
 * - `correlationid`: the id of the request or flow that started it all, carried end to end;
 * - `causationid`: the id of the event (or request) that directly caused this one;
 * - `subjectsequence`: the position of this event among its subject's events (1, 2, 3 … without
 *   gaps: the aggregate's version after this event, or the feed position of a notification), used
 *   by consumers to apply each change exactly once and in order;
 * - `traceparent` / `tracestate`: the CloudEvents Distributed Tracing extension — the W3C trace
 *   context in which the event was created (ADR 15), present when the producer traces. Also copied
 *   to the Kafka headers of the same names, which is where OpenTelemetry propagators look.
 *
 * Events produced before the 2026-12 contract fix carry the same integer as `sequence`, a name the
 * CloudEvents Sequence extension defines as a lexicographically ordered *string*; readers accept
 * it for those events only (see LEGACY_SEQUENCE_ATTRIBUTE, ADR 5).
 */
export interface CloudEvent<TData = unknown> {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  correlationid: string;
  causationid?: string;
  subjectsequence: number;
  traceparent?: string;
  tracestate?: string;
  data: TData;
}

/** The extension attribute that orders a subject's events (an integer ≥ 1). */
export const SUBJECT_SEQUENCE_ATTRIBUTE = 'subjectsequence';

/** Its name on events produced before it was renamed; read, never written. */
export const LEGACY_SEQUENCE_ATTRIBUTE = 'sequence';

export const CLOUD_EVENTS_CONTENT_TYPE = 'application/cloudevents+json';

/** Kafka header names used with every event (structured mode plus two routing conveniences). */
export const EventHeaders = {
  contentType: 'content-type',
  type: 'ce_type',
  id: 'ce_id',
} as const;

/**
 * W3C Trace Context (`version-traceid-parentid-flags`, lowercase hex, version 00), as the
 * CloudEvents Distributed Tracing extension and the `traceparent` header carry it.
 */
export const TRACEPARENT_PATTERN = '^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$';

/** Kafka headers of a traced event: the same values as its `traceparent` / `tracestate` attributes. */
export const TraceHeaders = {
  traceparent: 'traceparent',
  tracestate: 'tracestate',
} as const;
