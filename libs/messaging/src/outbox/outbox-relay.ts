import type { OutboxPublisher } from '../kafka/event-publisher';
import { errorDetails, SILENT_LOGGER, type MessagingLogger } from '../observability/messaging-logger';
import { NOOP_MESSAGING_METRICS, type MessagingMetrics } from '../observability/messaging-metrics';
import { KeyedMutex } from './keyed-mutex';
import { mongooseOutboxStore, type OutboxModel, type OutboxStore } from './outbox-store';

export interface OutboxRelayOptions {
  /** Safety-net polling period (OUTBOX_POLL_MS); triggers after writes carry the normal load. */
  pollIntervalMs?: number;
  /** Aggregates read per query. */
  batchSize?: number;
  metrics?: MessagingMetrics;
  logger?: MessagingLogger;
}

/**
 * Publishes the events that ride inside aggregate documents, then removes them.
 *
 * At-least-once: an entry is removed only after Kafka acknowledged it, so a crash in between
 * re-publishes it (consumers dedupe by event id). Single-flight: one pass at a time per process,
 * and triggers arriving during a pass are coalesced into exactly one more pass — so this process
 * never publishes the same document twice concurrently, and a burst of writes costs few queries.
 */
export class OutboxRelay {
  private readonly stores: OutboxStore[] = [];
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly metrics: MessagingMetrics;
  private readonly logger: MessagingLogger;
  private running: Promise<void> | undefined;
  private requested = false;
  private pollTimer: NodeJS.Timeout | undefined;
  private polling = false;
  private readonly aggregateLocks = new KeyedMutex();

  constructor(
    private readonly publisher: OutboxPublisher,
    options: OutboxRelayOptions = {},
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.batchSize = options.batchSize ?? 100;
    this.metrics = options.metrics ?? NOOP_MESSAGING_METRICS;
    this.logger = options.logger ?? SILENT_LOGGER;
  }

  /** Adds an aggregate collection (any mongoose model whose documents have an `outbox` array). */
  register(model: OutboxModel): this {
    return this.registerStore(mongooseOutboxStore(model));
  }

  registerStore(store: OutboxStore): this {
    if (!this.stores.some((existing) => existing.name === store.name)) {
      this.stores.push(store);
    }
    return this;
  }

  /**
   * Runs an app's write to one aggregate so it never interleaves with the relay's removal of
   * published entries from the same document (see KeyedMutex: FerretDB updates are not atomic).
   * Use it for every update of a registered model that may race the relay.
   */
  withAggregateLock<R>(model: OutboxModel | string, id: unknown, write: () => Promise<R>): Promise<R> {
    const collection = typeof model === 'string' ? model : model.collection.collectionName;
    return this.aggregateLocks.run(`${collection}:${String(id)}`, write);
  }

  /** Publish now (call right after a write that appended events). Never throws; polling retries. */
  trigger(): void {
    this.requestPass().catch((error: unknown) => {
      this.logger.warn({ err: errorDetails(error) }, 'outbox relay pass failed; polling will retry');
    });
  }

  /** Publishes everything pending at call time; rejects if publishing fails (used at shutdown). */
  flush(): Promise<void> {
    return this.requestPass();
  }

  start(): void {
    if (this.polling) return;
    this.polling = true;
    this.schedulePoll();
  }

  /** Stops polling and waits for an in-flight pass; call flush() afterwards to drain. */
  async stop(): Promise<void> {
    this.polling = false;
    if (this.pollTimer) clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
    await this.running?.catch(() => undefined);
  }

  private schedulePoll(): void {
    this.pollTimer = setTimeout(() => void this.poll(), this.pollIntervalMs);
    // Polling alone must not keep a process (or a test run) alive.
    this.pollTimer.unref();
  }

  private async poll(): Promise<void> {
    try {
      await this.requestPass();
      await this.reportBacklog();
    } catch (error) {
      this.logger.warn({ err: errorDetails(error) }, 'outbox poll failed');
    }
    if (this.polling) this.schedulePoll();
  }

  /** Resolves when a pass that started after this call has completed. */
  private requestPass(): Promise<void> {
    this.requested = true;
    this.running ??= this.loop();
    return this.running;
  }

  private async loop(): Promise<void> {
    // Yield once so `running` is assigned before the loop can finish and clear it.
    await Promise.resolve();
    try {
      while (this.requested) {
        this.requested = false;
        for (const store of this.stores) {
          await this.drain(store);
        }
      }
    } finally {
      // Cleared in the same tick as the last `requested` check, so no request slips in between.
      // A failed pass drops the coalesced request; the next trigger or poll starts afresh.
      this.requested = false;
      this.running = undefined;
    }
  }

  private async drain(store: OutboxStore): Promise<void> {
    for (;;) {
      const pending = await store.findPending(this.batchSize);
      if (pending.length === 0) return;
      // One batch keeps each aggregate's entries in array order (same key, same partition).
      await this.publisher.publishEntries(pending.flatMap((aggregate) => aggregate.outbox));
      const removed = await Promise.all(
        pending.map((aggregate) => this.withAggregateLock(store.name, aggregate._id, () => store.removePublished(aggregate._id, aggregate.outbox))),
      );
      removed.forEach((ok, index) => {
        if (!ok) {
          // Another relay removed them first, or the stored elements no longer equal what we read.
          this.logger.warn({ collection: store.name, id: String(pending[index]._id) }, 'published outbox entries were not removed');
        }
      });
      if (pending.length < this.batchSize) return;
    }
  }

  private async reportBacklog(): Promise<void> {
    for (const store of this.stores) {
      this.metrics.outboxBacklog.set({ collection: store.name }, await store.countPending());
    }
  }
}
