/**
 * The metrics messaging records, as structural interfaces so that @icn/platform's prom-client
 * metrics (`PlatformMetrics`) plug in without messaging depending on how they are registered.
 * Label names match the platform's metric definitions.
 */
export type LabelValues<L extends string> = Partial<Record<L, string | number>>;

export interface CounterPort<L extends string> {
  inc(labels: LabelValues<L>, value?: number): void;
}

export interface GaugePort<L extends string> {
  set(labels: LabelValues<L>, value: number): void;
}

export interface MessagingMetrics {
  /** outcome: processed | duplicate | ignored | invalid | failed */
  eventsConsumed: CounterPort<'topic' | 'type' | 'outcome'>;
  /** reason: invalid-message | handler-failed (a category, so the label stays low-cardinality) */
  eventsDeadLettered: CounterPort<'topic' | 'reason'>;
  consumerLag: GaugePort<'group' | 'topic' | 'partition'>;
  /** Records stored on a dead-letter topic (`topic` is the `.dlq` name), whoever wrote them. */
  deadLetterMessages: GaugePort<'topic'>;
  /** Aggregates in a collection that still hold unpublished outbox entries. */
  outboxBacklog: GaugePort<'collection'>;
  eventsPublished: CounterPort<'topic' | 'type'>;
}

const noopCounter = { inc: (): void => undefined };
const noopGauge = { set: (): void => undefined };

/** Used when a service (or a test) does not wire metrics in. */
export const NOOP_MESSAGING_METRICS: MessagingMetrics = {
  eventsConsumed: noopCounter,
  eventsDeadLettered: noopCounter,
  consumerLag: noopGauge,
  deadLetterMessages: noopGauge,
  outboxBacklog: noopGauge,
  eventsPublished: noopCounter,
};
