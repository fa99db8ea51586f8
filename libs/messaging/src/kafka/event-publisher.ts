import type { CloudEvent } from '@icn/contracts';
import type { Kafka, Message, TopicMessages } from 'kafkajs';
import type { MessagingLogger } from '../observability/messaging-logger';
import { NOOP_MESSAGING_METRICS, type MessagingMetrics } from '../observability/messaging-metrics';
import type { OutboxEntry } from '../outbox/outbox-entry';
import { toOutboxEntry } from '../outbox/to-outbox-entry';
import { traceHeadersOf } from '../tracing/trace-carrier';
import { withSendSpans } from '../tracing/producer-spans';
import { AcknowledgedProducer } from './acknowledged-producer';
import { eventMessageHeaders } from './event-headers';

/** What the outbox relay needs from a publisher (a fake in unit tests). */
export interface OutboxPublisher {
  publishEntries(entries: readonly OutboxEntry[]): Promise<void>;
}

export interface EventPublisherOptions {
  metrics?: MessagingMetrics;
  logger?: MessagingLogger;
}

/**
 * The one Kafka producer of a service (an AcknowledgedProducer: idempotent, acks=all, one request in
 * flight, and done only when every partition written to acknowledged). Topics are never
 * auto-created (see TopicAdmin).
 */
export class EventPublisher implements OutboxPublisher {
  private readonly producer: AcknowledgedProducer;
  private readonly metrics: MessagingMetrics;
  private connecting: Promise<void> | undefined;

  constructor(kafka: Kafka, options: EventPublisherOptions = {}) {
    this.producer = new AcknowledgedProducer(kafka, { logger: options.logger });
    this.metrics = options.metrics ?? NOOP_MESSAGING_METRICS;
  }

  /** Connects once; concurrent callers share the same attempt, a failed attempt can be retried. */
  connect(): Promise<void> {
    this.connecting ??= this.producer.connect().catch((error: unknown) => {
      this.connecting = undefined;
      throw error;
    });
    return this.connecting;
  }

  async disconnect(): Promise<void> {
    if (this.connecting === undefined) return;
    this.connecting = undefined;
    await this.producer.disconnect();
  }

  /**
   * Publishes outbox entries in array order, in one batch: entries with one key share a partition
   * and kafkajs keeps their order inside the batch. A traced entry's context goes into the
   * `traceparent` / `tracestate` headers, and the batch is sent under its `send` spans.
   */
  async publishEntries(entries: readonly OutboxEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const byTopic = new Map<string, Message[]>();
    for (const entry of entries) {
      const messages = byTopic.get(entry.topic) ?? [];
      messages.push({ key: entry.key, value: entry.value, headers: { ...eventMessageHeaders(entry.type, entry.eventId), ...traceHeadersOf(entry) } });
      byTopic.set(entry.topic, messages);
    }
    const topicMessages: TopicMessages[] = [...byTopic].map(([topic, messages]) => ({ topic, messages }));
    await this.connect();
    await withSendSpans(
      entries.map((entry) => ({ topic: entry.topic, carrier: entry })),
      () => this.producer.send(topicMessages),
    );
    for (const entry of entries) {
      this.metrics.eventsPublished.inc({ topic: entry.topic, type: entry.type });
    }
  }

  /**
   * Publishes events straight away, bypassing the outbox. Only for events that are not the result
   * of a state change in this service's DB (tools, tests); state changes go through the outbox.
   */
  async publish(topic: string, events: readonly CloudEvent[]): Promise<void> {
    await this.publishEntries(events.map((event) => toOutboxEntry(event, topic)));
  }

  /** Sends prepared messages (used for dead-lettering, which must keep the original bytes). */
  async sendRaw(topic: string, messages: Message[]): Promise<void> {
    await this.connect();
    await this.producer.send([{ topic, messages }]);
  }
}
