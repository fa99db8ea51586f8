import { validatePayload, type CloudEvent } from '@icn/contracts';
import { trace } from '@opentelemetry/api';
import type { Consumer, Kafka, KafkaMessage } from 'kafkajs';
import { waitForKafka } from '../kafka/kafka-startup';
import { errorDetails, SILENT_LOGGER, type MessagingLogger } from '../observability/messaging-logger';
import { positionGroupAtEnd } from './commit-group-offsets';
import type { EventHandler, HandlerContext } from './event-handler';
import { withProcessSpan } from '../tracing/consumer-spans';
import { traceCarrierOfMessage } from '../tracing/trace-carrier';
import { parseEnvelope } from './parse-envelope';

/** A broadcast delivery: also the message's bytes, for handlers that forward the event unchanged. */
export interface BroadcastHandlerContext extends HandlerContext {
  value: Buffer;
}

export interface BroadcastHandler<T extends object = object> extends EventHandler<T> {
  handle(event: CloudEvent<T>, ctx: BroadcastHandlerContext): Promise<void>;
}

export interface BroadcastConsumerOptions {
  /** This replica's own group id. */
  groupId: string;
  topics: readonly string[];
  handlers: readonly BroadcastHandler[];
  onJoin?: () => void;
  onLeave?: () => void;
  /** Default 10 s: a replica that died is out of its (unshared) group soon, nobody waits for it. */
  sessionTimeoutMs?: number;
  heartbeatIntervalMs?: number;
  startupTimeoutMs?: number;
  logger?: MessagingLogger;
}

/**
 * A member of a group no other process shares, so it reads every event of its topics: see
 * BroadcastGroupSettings. Events are validated like everywhere (envelope, then the contract's
 * payload); an invalid one, or one whose handler fails, is logged and dropped — the shared groups
 * of the same topics dead-letter what is malformed, and what a broadcast carries is re-read from
 * the owner's durable state on (re)join. Offsets are committed as kafkajs does by default; they
 * matter only across a rebalance of this one member.
 */
export class BroadcastConsumer {
  private readonly consumer: Consumer;
  private readonly logger: MessagingLogger;
  private readonly handlers: Map<string, BroadcastHandler>;
  private started = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly options: BroadcastConsumerOptions,
  ) {
    const sessionTimeout = options.sessionTimeoutMs ?? 10_000;
    const heartbeatInterval = options.heartbeatIntervalMs ?? Math.min(1_000, Math.floor(sessionTimeout / 3));
    this.consumer = kafka.consumer({ groupId: options.groupId, sessionTimeout, heartbeatInterval, allowAutoTopicCreation: false });
    this.logger = options.logger ?? SILENT_LOGGER;
    this.handlers = new Map(options.handlers.map((handler) => [handler.definition.type, handler]));
    this.consumer.on(this.consumer.events.GROUP_JOIN, () => options.onJoin?.());
    this.consumer.on(this.consumer.events.CRASH, ({ payload }) => {
      this.logger.error({ groupId: options.groupId, err: errorDetails(payload.error), restart: payload.restart }, 'broadcast consumer crashed');
      options.onLeave?.();
    });
  }

  get groupId(): string {
    return this.options.groupId;
  }

  /**
   * Positions the group at the topics' end, then joins. Committing "latest" before joining, rather
   * than letting the group resolve it at its first fetch, leaves no window in which an event could
   * slip between the join (the owner's re-read) and that fetch.
   */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    const { groupId, topics } = this.options;
    const startup = { timeoutMs: this.options.startupTimeoutMs, logger: this.logger };
    try {
      await positionGroupAtEnd(this.kafka, groupId, topics, startup);
      await waitForKafka(
        `consumer group ${groupId} subscribed to ${topics.join(', ')}`,
        async () => {
          await this.consumer.connect();
          await this.consumer.subscribe({ topics: [...topics], fromBeginning: false });
        },
        startup,
      );
      await this.consumer.run({ eachMessage: ({ topic, partition, message, heartbeat }) => this.deliver(message, { topic, partition, offset: message.offset, attempt: 1, heartbeat }) });
    } catch (error) {
      this.started = false;
      await this.consumer.disconnect().catch(() => undefined);
      throw error;
    }
    this.logger.info({ groupId, topics }, 'broadcast consumer started');
  }

  /** Leaves and deletes the group: it is this replica's alone, and no later process reuses it. */
  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.consumer.disconnect().catch(() => undefined);
    this.options.onLeave?.();
    const admin = this.kafka.admin();
    await admin
      .connect()
      .then(() => admin.deleteGroups([this.options.groupId]))
      .catch((error: unknown) => this.logger.warn({ groupId: this.options.groupId, err: errorDetails(error) }, 'broadcast group not deleted; it expires with its offsets'))
      .finally(() => void admin.disconnect().catch(() => undefined));
    this.logger.info({ groupId: this.options.groupId }, 'broadcast consumer stopped');
  }

  private async deliver(message: KafkaMessage, delivery: Omit<BroadcastHandlerContext, 'value'>): Promise<void> {
    const { value } = message;
    if (value === null) return;
    const envelope = parseEnvelope(value);
    if (!envelope.ok) {
      this.logger.warn({ groupId: this.options.groupId, topic: delivery.topic, offset: delivery.offset, errors: envelope.errors }, 'broadcast: invalid envelope; event dropped');
      return;
    }
    const handler = this.handlers.get(envelope.event.type);
    if (handler === undefined) return;
    // Tolerant reader, as the shared groups: a newer producer may add optional fields.
    const payload = validatePayload(handler.definition.payload, envelope.event.data, { unknownProperties: 'ignore' });
    if (!payload.ok) {
      this.logger.warn({ groupId: this.options.groupId, type: envelope.event.type, errors: payload.errors }, 'broadcast: invalid payload; event dropped');
      return;
    }
    const event = { ...envelope.event, data: payload.value };
    await withProcessSpan(
      { topic: delivery.topic, partition: delivery.partition, groupId: this.options.groupId, offset: delivery.offset, carrier: traceCarrierOfMessage(message.headers, event), event },
      async () => {
        try {
          await handler.handle(event, { ...delivery, value });
          return 'processed';
        } catch (error) {
          trace.getActiveSpan()?.recordException(error instanceof Error ? error : String(error));
          this.logger.error({ groupId: this.options.groupId, type: event.type, subject: event.subject, err: errorDetails(error) }, 'broadcast handler failed; event dropped');
          return 'dropped';
        }
      },
      (outcome) => ({ outcome, ...(outcome === 'dropped' ? { failure: 'broadcast handler failed; event dropped' } : {}) }),
    );
  }
}
