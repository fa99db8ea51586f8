import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The service's Prometheus metrics. Each instance owns its registry (not prom-client's global
 * one) so several apps in one test process, or a re-created app, never collide on metric names.
 * Custom metrics are prefixed `icn_`; Node's default metrics keep their standard names so stock
 * dashboards work. Every series carries a `service` label.
 */
export class PlatformMetrics {
  readonly registry = new Registry();

  readonly httpRequestDuration: Histogram<'method' | 'route' | 'status'>;
  readonly eventsPublished: Counter<'topic' | 'type'>;
  readonly eventsConsumed: Counter<'topic' | 'type' | 'outcome'>;
  readonly eventsDeadLettered: Counter<'topic' | 'reason'>;
  readonly consumerLag: Gauge<'group' | 'topic' | 'partition'>;
  readonly deadLetterMessages: Gauge<'topic'>;
  readonly outboxBacklog: Gauge<'collection'>;

  constructor(serviceName: string, options: { defaultMetrics?: boolean } = {}) {
    this.registry.setDefaultLabels({ service: serviceName });
    if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];

    this.httpRequestDuration = new Histogram({
      name: 'icn_http_request_duration_seconds',
      help: 'HTTP request duration by method, route template and status code.',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.eventsPublished = new Counter({
      name: 'icn_events_published_total',
      help: 'Events published to Kafka (acknowledged by the broker).',
      labelNames: ['topic', 'type'],
      registers,
    });
    this.eventsConsumed = new Counter({
      name: 'icn_events_consumed_total',
      help: 'Events consumed, by outcome: processed, duplicate (already applied) or failed.',
      labelNames: ['topic', 'type', 'outcome'],
      registers,
    });
    this.eventsDeadLettered = new Counter({
      name: 'icn_events_dead_lettered_total',
      help: 'Events sent to a dead-letter topic, by reason.',
      labelNames: ['topic', 'reason'],
      registers,
    });
    this.consumerLag = new Gauge({
      name: 'icn_consumer_lag',
      help: "Records between the consumer group's committed offset and the partition high watermark, computed every CONSUMER_LAG_POLL_MS whether or not the group consumes.",
      labelNames: ['group', 'topic', 'partition'],
      registers,
    });
    this.deadLetterMessages = new Gauge({
      name: 'icn_dead_letter_messages',
      help: "Records stored on each dead-letter topic of the topics this service consumes (high minus low watermark over its partitions; topic = the .dlq name), computed with the consumer lag. Written by any service consuming the same topic; falls only when retention removes records.",
      labelNames: ['topic'],
      registers,
    });
    this.outboxBacklog = new Gauge({
      name: 'icn_outbox_backlog',
      help: 'Outbox entries written but not yet published, by collection.',
      labelNames: ['collection'],
      registers,
    });
  }

  /** The text exposition format served at GET /metrics. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
