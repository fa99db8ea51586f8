/**
 * One event of a commit, ready to publish (ADR 12). `value` is the serialised CloudEvent: what is
 * published is byte for byte what was committed with the state change.
 */
export interface OutboxEntry {
  eventId: string;
  topic: string;
  key: string;
  type: string;
  sequence: number;
  value: string;
  createdAt: Date;
  /**
   * The event's trace context (its `traceparent` / `tracestate` attributes, also inside `value`),
   * kept beside it so the relay sets the Kafka headers without parsing the event (ADR 15).
   */
  traceparent?: string;
  tracestate?: string;
}
