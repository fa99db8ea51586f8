import type { Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import type { EventPublisher } from '../kafka/event-publisher';
import { waitForKafka } from '../kafka/kafka-startup';
import { errorDetails, SILENT_LOGGER, type MessagingLogger } from '../observability/messaging-logger';
import { NOOP_MESSAGING_METRICS, type MessagingMetrics } from '../observability/messaging-metrics';
import { DEFAULT_BACKOFF, type BackoffOptions } from '../retry/backoff';
import type { EventHandler, EventProjector } from './event-handler';
import { MessageProcessor } from './message-processor';
import { ProjectionBatch, projectorAsHandler } from './projection-batch';
import { mongoProcessedEventStore, type ProcessedEventStore } from './processed-event.store';

const DEFAULT_PROCESSED_EVENT_RETENTION_MS = 7 * 24 * 3_600_000;
const PRUNE_INTERVAL_MS = 3_600_000;
/** Bytes per partition and fetch for guarded groups (kafkajs' default is 1 MiB). */
const GUARDED_BATCH_BYTES = 8 * 1024 * 1024;

interface EventConsumerCommonOptions {
  groupId: string;
  topics: readonly string[];
  /** The consuming service's own database, for the processed-event ids (inbox groups). */
  connection?: Connection;
  /** Alternative to `connection` (tests, other stores). */
  processedEvents?: ProcessedEventStore;
  /** Tries per message before dead-lettering (default 5). */
  maxAttempts?: number;
  backoff?: Partial<BackoffOptions>;
  /** A new group reads each topic from the start, so a read model is built from full history. */
  fromBeginning?: boolean;
  /** Partitions processed in parallel by this instance (order is kept within a partition). */
  partitionsConsumedConcurrently?: number;
  /** Default 30 s; the heartbeat interval defaults to a third of it, at most 3 s. */
  sessionTimeoutMs?: number;
  heartbeatIntervalMs?: number;
  /** Processed event ids older than this are pruned (default one week); see ProcessedEventStore. */
  processedEventRetentionMs?: number;
  /** How long start() waits for the broker (KAFKA_STARTUP_TIMEOUT_MS; default DEFAULT_KAFKA_STARTUP_TIMEOUT_MS). */
  startupTimeoutMs?: number;
  metrics?: MessagingMetrics;
  logger?: MessagingLogger;
}

/**
 * How a group makes redelivery harmless:
 * - `handlers` (an inbox group): the processed event ids are recorded after each handler and
 *   checked before it (ProcessedEventStore) — for handlers with side effects;
 * - `projectors` (a guarded group, a read model): no inbox, because the sequence guard already
 *   applies each event at most once; batches are applied together (ProjectionBatch).
 */
export type EventConsumerOptions = EventConsumerCommonOptions &
  ({ handlers: readonly EventHandler[]; projectors?: never } | { projectors: readonly EventProjector[]; handlers?: never });

/**
 * A consumer group member that feeds validated events to handlers.
 *
 * Uses `eachBatch` with manual offset resolution rather than `eachMessage`: inside a batch we can
 * stop between two messages as soon as the consumer is stopping or the batch went stale after a
 * rebalance (without committing the rest), and we heartbeat between messages and retries. Its lag
 * is not reported from here: a batch only arrives when there is something to read and the consumer
 * is well, so a stuck consumer would keep showing its last lag (see ConsumerLagMonitor).
 */
export class EventConsumer {
  private readonly consumer: Consumer;
  private readonly processor: MessageProcessor;
  private readonly metrics: MessagingMetrics;
  private readonly logger: MessagingLogger;
  private stopping = false;
  private started = false;
  private pruneTimer: NodeJS.Timeout | undefined;
  private readonly store: ProcessedEventStore;
  private readonly batch: ProjectionBatch | undefined;

  constructor(
    kafka: Kafka,
    publisher: EventPublisher,
    private readonly options: EventConsumerOptions,
  ) {
    const sessionTimeout = options.sessionTimeoutMs ?? 30_000;
    // Kafka wants heartbeats well inside the session timeout (a third is the usual ratio).
    const heartbeatInterval = options.heartbeatIntervalMs ?? Math.min(3_000, Math.floor(sessionTimeout / 3));
    // A guarded group fetches big batches: the more of one document's events a batch holds, the more
    // of them fold into one write (a rebuild from scratch becomes inserts of finished documents).
    const batchBytes = options.projectors ? { maxBytesPerPartition: GUARDED_BATCH_BYTES, maxBytes: 3 * GUARDED_BATCH_BYTES } : {};
    this.consumer = kafka.consumer({ groupId: options.groupId, sessionTimeout, heartbeatInterval, allowAutoTopicCreation: false, ...batchBytes });
    this.metrics = options.metrics ?? NOOP_MESSAGING_METRICS;
    this.logger = options.logger ?? SILENT_LOGGER;
    this.store = options.projectors ? NO_INBOX : resolveStore(options);
    const handlers = options.projectors ? options.projectors.map((projector) => projectorAsHandler(projector, this.logger)) : options.handlers;
    const heartbeatEveryMs = Math.max(100, Math.floor(heartbeatInterval / 2));
    this.processor = new MessageProcessor({
      groupId: options.groupId,
      handlers: indexByType(handlers),
      maxAttempts: options.maxAttempts ?? 5,
      backoff: { ...DEFAULT_BACKOFF, ...options.backoff },
      store: this.store,
      deadLetter: (topic, message) => publisher.sendRaw(topic, [message]),
      metrics: this.metrics,
      logger: this.logger,
      heartbeatEveryMs,
    });
    this.batch = options.projectors
      ? new ProjectionBatch({ groupId: options.groupId, processor: this.processor, projectors: indexByType(options.projectors), logger: this.logger, heartbeatEveryMs })
      : undefined;
    this.consumer.on(this.consumer.events.CRASH, ({ payload }) => {
      this.logger.error({ groupId: options.groupId, err: errorDetails(payload.error), restart: payload.restart }, 'consumer crashed');
    });
  }

  get groupId(): string {
    return this.options.groupId;
  }

  /**
   * Connects and subscribes (retried until the start-up deadline: a new broker may not serve the
   * topics' metadata yet), then joins the group. kafkajs' run() resolves once the first join
   * succeeded or crashed; a crash kafkajs restarts by itself (no coordinator yet, say) is left to
   * it, one it gives up on fails the start-up instead of leaving a consumer that reads nothing.
   */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.stopping = false;
    const { groupId, topics } = this.options;
    let fatal: Error | undefined;
    const stopWatching = this.consumer.on(this.consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart) fatal = payload.error;
    });
    try {
      await waitForKafka(
        `consumer group ${groupId} subscribed to ${topics.join(', ')}`,
        async () => {
          await this.consumer.connect();
          await this.consumer.subscribe({ topics: [...topics], fromBeginning: this.options.fromBeginning ?? true });
        },
        { timeoutMs: this.options.startupTimeoutMs, logger: this.logger },
      );
      await this.consumer.run({
        eachBatchAutoResolve: false,
        partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 1,
        eachBatch: (payload) => this.handleBatch(payload),
      });
      if (fatal) throw new Error(`consumer group ${groupId} could not join: ${fatal.message}`, { cause: fatal });
    } catch (error) {
      this.started = false;
      await this.consumer.disconnect().catch(() => undefined);
      throw error;
    } finally {
      stopWatching();
    }
    this.logger.info({ groupId, topics }, 'consumer started');
    this.schedulePruning();
  }

  /**
   * Forgets processed ids past the retention, now and then hourly. Every replica of the group does
   * it; the deletes are idempotent, so no coordination is needed. Never fails the consumer.
   */
  private schedulePruning(): void {
    const prune = this.store.prune?.bind(this.store);
    if (prune === undefined) return;
    const retentionMs = this.options.processedEventRetentionMs ?? DEFAULT_PROCESSED_EVENT_RETENTION_MS;
    const run = (): void => {
      prune(this.options.groupId, new Date(Date.now() - retentionMs))
        .then((pruned) => {
          if (pruned > 0) this.logger.info({ groupId: this.options.groupId, pruned }, 'pruned processed event ids past their retention');
        })
        .catch((error: unknown) => this.logger.warn({ groupId: this.options.groupId, err: errorDetails(error) }, 'pruning processed event ids failed; retried next time'));
    };
    run();
    this.pruneTimer = setInterval(run, Math.min(PRUNE_INTERVAL_MS, retentionMs));
    this.pruneTimer.unref();
  }

  /**
   * Lets the message in progress finish (its retries are cut short and it stays uncommitted),
   * commits what was resolved, leaves the group and disconnects.
   */
  async stop(): Promise<void> {
    if (!this.started) return;
    this.stopping = true;
    clearInterval(this.pruneTimer);
    await this.consumer.disconnect();
    this.started = false;
    this.logger.info({ groupId: this.options.groupId }, 'consumer stopped');
  }

  private async handleBatch(payload: EachBatchPayload): Promise<void> {
    const { batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale } = payload;
    const shouldAbort = (): boolean => this.stopping || !isRunning() || isStale();
    const delivery = { topic: batch.topic, partition: batch.partition, heartbeat, shouldAbort };
    if (this.batch) {
      const settle = async (offset: string): Promise<void> => {
        resolveOffset(offset);
        await heartbeat();
        await commitOffsetsIfNecessary();
      };
      await this.batch.handle(batch.messages, { ...delivery, settle });
      return;
    }
    for (const message of batch.messages) {
      if (shouldAbort()) break;
      const outcome = await this.processor.process(message, delivery);
      if (outcome === 'aborted') break;
      resolveOffset(message.offset);
      await heartbeat();
      await commitOffsetsIfNecessary();
    }
  }
}

function indexByType<H extends { definition: { type: string } }>(handlers: readonly H[]): Map<string, H> {
  const byType = new Map<string, H>();
  for (const handler of handlers) {
    if (byType.has(handler.definition.type)) {
      throw new Error(`two handlers for ${handler.definition.type} in one consumer`);
    }
    byType.set(handler.definition.type, handler);
  }
  return byType;
}

/**
 * A guarded group's "inbox": none. Its projectors' writes are guarded by the aggregate sequence, so
 * a redelivered event is skipped as stale by the write itself; checking and recording its id too
 * would only add two round trips per event (and a collection to scan).
 */
const NO_INBOX: ProcessedEventStore = {
  has: () => Promise.resolve(false),
  record: () => Promise.resolve(),
};

function resolveStore(options: EventConsumerOptions): ProcessedEventStore {
  if (options.processedEvents) return options.processedEvents;
  if (options.connection) return mongoProcessedEventStore(options.connection);
  throw new Error(`consumer ${options.groupId} needs a connection (or processedEvents store) for idempotency`);
}
