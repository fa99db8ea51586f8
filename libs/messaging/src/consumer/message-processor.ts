import { findEventDefinition, validatePayload, type CloudEvent } from '@icn/contracts';
import { trace } from '@opentelemetry/api';
import type { IHeaders, Message } from 'kafkajs';
import { eventContext } from '../context/event-context';
import { errorDetails, type MessagingLogger } from '../observability/messaging-logger';
import type { MessagingMetrics } from '../observability/messaging-metrics';
import { computeBackoffMs, type BackoffOptions } from '../retry/backoff';
import { buildDeadLetterMessage, type DeadLetterCategory } from './dead-letter';
import { UnrecoverableEventError, type EventHandler } from './event-handler';
import { withProcessSpan } from '../tracing/consumer-spans';
import { traceCarrierOfMessage } from '../tracing/trace-carrier';
import { parseEnvelope } from './parse-envelope';
import type { ProcessedEventStore } from './processed-event.store';

export interface RawMessage {
  key: Buffer | null;
  value: Buffer | null;
  headers?: IHeaders;
  offset: string;
}

export interface DeliveryContext {
  topic: string;
  partition: number;
  heartbeat(): Promise<void>;
  /** True once the consumer is stopping or lost the partition: stop retrying, do not commit. */
  shouldAbort(): boolean;
}

/** A message after validation: an event with its handler, or why no handler will see it. */
export type PreparedMessage =
  | { kind: 'event'; handler: EventHandler; event: CloudEvent<object> }
  | { kind: 'invalid'; type: string; reason: string }
  | { kind: 'ignored' };

/** `aborted`: left uncommitted so it is redelivered (to this or another consumer) later. */
export type ProcessOutcome = 'processed' | 'duplicate' | 'ignored' | 'dead-lettered' | 'aborted';

export interface MessageProcessorDeps {
  groupId: string;
  handlers: ReadonlyMap<string, EventHandler>;
  maxAttempts: number;
  backoff: BackoffOptions;
  store: ProcessedEventStore;
  deadLetter(topic: string, message: Message): Promise<void>;
  metrics: MessagingMetrics;
  logger: MessagingLogger;
  /** Heartbeat cadence while a handler runs or a retry waits. */
  heartbeatEveryMs: number;
}

/**
 * What happens to one message: envelope and payload validation (invalid → dead letter at once),
 * dedupe by event id, the handler with retries and backoff (exhausted → dead letter). It never
 * throws for a bad message, so a poison message can never block its partition; it only throws
 * when dead-lettering itself fails, and then the message is retried by kafkajs rather than lost.
 */
export class MessageProcessor {
  constructor(private readonly deps: MessageProcessorDeps) {}

  async process(message: RawMessage, delivery: DeliveryContext): Promise<ProcessOutcome> {
    const prepared = this.prepare(message, delivery.topic);
    // An event type this group does not handle is no part of any trace of it.
    if (prepared.kind === 'ignored') return 'ignored';
    const event = prepared.kind === 'event' ? prepared.event : undefined;
    return withProcessSpan(
      {
        topic: delivery.topic,
        partition: delivery.partition,
        groupId: this.deps.groupId,
        offset: message.offset,
        carrier: traceCarrierOfMessage(message.headers, event),
        ...(event !== undefined ? { event } : {}),
      },
      () => this.processPrepared(prepared, message, delivery),
      (outcome) => ({ outcome, ...(outcome === 'dead-lettered' ? { failure: 'dead-lettered' } : {}) }),
    );
  }

  private async processPrepared(prepared: Exclude<PreparedMessage, { kind: 'ignored' }>, message: RawMessage, delivery: DeliveryContext): Promise<ProcessOutcome> {
    if (prepared.kind === 'invalid') {
      return this.deadLetter(message, delivery, 'invalid-message', prepared.type, prepared.reason, 0);
    }
    const { handler, event } = prepared;
    if (await this.deps.store.has(this.deps.groupId, event.id)) {
      this.count(delivery.topic, event.type, 'duplicate');
      return 'duplicate';
    }
    return this.runWithRetries(handler, event, message, delivery);
  }

  /**
   * Envelope and payload validation, and the handler for the type: what every message goes
   * through before any handler sees it (also the first step of a guarded group's batch). An event
   * type this consumer has no handler for is counted as ignored here.
   */
  prepare(message: RawMessage, topic: string): PreparedMessage {
    const envelope = parseEnvelope(message.value);
    if (!envelope.ok) return { kind: 'invalid', type: 'unknown', reason: `invalid envelope: ${envelope.errors.join('; ')}` };
    const event = envelope.event;
    const handler = this.deps.handlers.get(event.type);
    if (!handler) {
      // Topics carry several event types; a consumer subscribes to the ones it needs.
      this.count(topic, findEventDefinition(event.type) ? event.type : 'unknown', 'ignored');
      return { kind: 'ignored' };
    }
    // Tolerant reader: a newer producer may add optional fields this consumer does not know yet.
    const payload = validatePayload(handler.definition.payload, event.data, { unknownProperties: 'ignore' });
    if (!payload.ok) return { kind: 'invalid', type: event.type, reason: `invalid payload: ${payload.errors.join('; ')}` };
    return { kind: 'event', handler, event: { ...event, data: payload.value } };
  }

  /** Counts an event a batch applied without going through `process` (see ProjectionBatch). */
  countProcessed(topic: string, type: string): void {
    this.count(topic, type, 'processed');
  }

  private async runWithRetries(handler: EventHandler, event: CloudEvent<object>, message: RawMessage, delivery: DeliveryContext): Promise<ProcessOutcome> {
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.deps.maxAttempts; attempt += 1) {
      try {
        await this.withHeartbeats(delivery, () => this.invoke(handler, event, message, delivery, attempt));
        await this.deps.store.record(this.deps.groupId, event, delivery.topic);
        this.count(delivery.topic, event.type, 'processed');
        return 'processed';
      } catch (error) {
        if (error instanceof UnrecoverableEventError) {
          return this.deadLetter(message, delivery, 'unrecoverable', event.type, error.message, attempt, error.category);
        }
        lastError = error;
        trace.getActiveSpan()?.recordException(error instanceof Error ? error : String(error));
        this.deps.logger.warn(
          { err: errorDetails(error), eventId: event.id, type: event.type, attempt, maxAttempts: this.deps.maxAttempts },
          'event handler failed',
        );
      }
      if (attempt < this.deps.maxAttempts) {
        const waited = await this.pause(computeBackoffMs(attempt, this.deps.backoff), delivery);
        if (!waited) return 'aborted';
      }
    }
    const reason = `handler failed after ${this.deps.maxAttempts} attempts: ${errorDetails(lastError).message}`;
    return this.deadLetter(message, delivery, 'handler-failed', event.type, reason, this.deps.maxAttempts);
  }

  private invoke(handler: EventHandler, event: CloudEvent<object>, message: RawMessage, delivery: DeliveryContext, attempt: number): Promise<void> {
    const ctx = { topic: delivery.topic, partition: delivery.partition, offset: message.offset, attempt, heartbeat: delivery.heartbeat };
    // Whatever the handler writes or publishes is correlated with the flow and caused by this event.
    return eventContext().run({ correlationId: event.correlationid, causationId: event.id }, () => handler.handle(event, ctx));
  }

  /** Keeps the group membership alive while slow work runs, even if the handler forgets to. */
  private async withHeartbeats<R>(delivery: DeliveryContext, work: () => Promise<R>): Promise<R> {
    const timer = setInterval(() => {
      // A failed heartbeat (e.g. rebalance) surfaces on the next explicit heartbeat after the message.
      delivery.heartbeat().catch(() => undefined);
    }, this.deps.heartbeatEveryMs);
    try {
      return await work();
    } finally {
      clearInterval(timer);
    }
  }

  /** Waits between attempts in slices, heartbeating; false when the consumer must let go. */
  private async pause(ms: number, delivery: DeliveryContext): Promise<boolean> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if (delivery.shouldAbort()) return false;
      await new Promise((resolve) => setTimeout(resolve, Math.min(this.deps.heartbeatEveryMs, until - Date.now())));
      await delivery.heartbeat();
    }
    return !delivery.shouldAbort();
  }

  private async deadLetter(
    message: RawMessage,
    delivery: DeliveryContext,
    category: DeadLetterCategory,
    type: string,
    reason: string,
    attempts: number,
    metricReason: string = category,
  ): Promise<ProcessOutcome> {
    const { topic, message: dlqMessage } = buildDeadLetterMessage(message, {
      topic: delivery.topic,
      partition: delivery.partition,
      offset: message.offset,
      groupId: this.deps.groupId,
      attempts,
      reason,
    });
    await this.deps.deadLetter(topic, dlqMessage);
    this.count(delivery.topic, type, category === 'invalid-message' ? 'invalid' : 'failed');
    this.deps.metrics.eventsDeadLettered.inc({ topic: delivery.topic, reason: metricReason });
    this.deps.logger.error({ topic: delivery.topic, partition: delivery.partition, offset: message.offset, reason }, 'event dead-lettered');
    return 'dead-lettered';
  }

  private count(topic: string, type: string, outcome: string): void {
    this.deps.metrics.eventsConsumed.inc({ topic, type, outcome });
  }
}
