import type { OutboxPublisher } from '../kafka/event-publisher';
import { computeBackoffMs } from '../retry/backoff';
import { errorDetails, SILENT_LOGGER, type MessagingLogger } from '../observability/messaging-logger';
import { NOOP_MESSAGING_METRICS, type MessagingMetrics } from '../observability/messaging-metrics';
import { KeyedMutex } from './keyed-mutex';
import { mongooseOutboxStore, type OutboxModel, type OutboxStore, type PendingAggregate } from './outbox-store';

/** The aggregate a write just appended events to: the relay publishes it by `_id`, without a scan. */
export interface OutboxTarget {
  /** The collection name (a registered model's `collection.collectionName`). */
  collection: string;
  id: unknown;
}

export interface OutboxRelayOptions {
  /**
   * Safety-net scan period (OUTBOX_POLL_MS). The normal path is `trigger(target)` after each write;
   * the scan finds what a crashed process (this one before a restart, or another replica) left behind.
   */
  pollIntervalMs?: number;
  /**
   * First delay before retrying a pass whose publication failed (e.g. the broker is restarting, or
   * the first publish after start-up meets a topic the broker does not serve yet); it doubles with
   * each further failure, up to 30 s.
   */
  retryDelayMs?: number;
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
 * and triggers arriving during a pass are coalesced into one more pass — so this process never
 * publishes the same document twice concurrently, and a burst of writes shares Kafka round trips.
 *
 * Two kinds of pass: a targeted pass reads just the aggregates named by `trigger(target)` by `_id`
 * (cheap everywhere); a scan pass queries every registered collection for pending entries (at
 * start-up, on `trigger()` without a target, and every `pollIntervalMs`). On FerretDB a scan reads
 * the whole collection, so the hot path must never depend on it.
 */
export class OutboxRelay {
  private readonly stores: OutboxStore[] = [];
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly metrics: MessagingMetrics;
  private readonly logger: MessagingLogger;
  private readonly retryDelayMs: number;
  private running: Promise<void> | undefined;
  /** A scan pass was asked for. */
  private requested = false;
  /** Aggregates to publish in the next targeted pass: collection -> (String(id) -> id). */
  private targets = new Map<string, Map<string, unknown>>();
  private retryTimer: NodeJS.Timeout | undefined;
  /** A failed scan pass waits for the retry too (not only the targets). */
  private retryScan = false;
  /** Failed passes in a row: the retry's backoff exponent. */
  private failures = 0;
  private pollTimer: NodeJS.Timeout | undefined;
  private polling = false;
  private readonly aggregateLocks = new KeyedMutex();

  constructor(
    private readonly publisher: OutboxPublisher,
    options: OutboxRelayOptions = {},
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.batchSize = options.batchSize ?? 100;
    this.retryDelayMs = options.retryDelayMs ?? 1000;
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

  /**
   * Publish now: call right after a write that appended events, naming the aggregate. Without a
   * target it scans every registered collection. Never throws: a failed pass is retried with
   * backoff from `retryDelayMs`, and the periodic scan is the last safety net.
   */
  trigger(target?: OutboxTarget): void {
    if (target) this.addTarget(target);
    const pass = target ? this.requestTargetedPass() : this.requestPass();
    pass.catch((error: unknown) => {
      this.logger.warn({ err: errorDetails(error) }, 'outbox relay pass failed; it will be retried');
      this.scheduleRetry(target === undefined);
    });
  }

  /**
   * Publishes what this process still has to publish; rejects if publishing fails (used at
   * shutdown). With `{scan: true}` it also scans every collection for anything pending.
   */
  flush(options: { scan?: boolean } = {}): Promise<void> {
    return options.scan ? this.requestPass() : this.requestTargetedPass();
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
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.pollTimer = undefined;
    this.retryTimer = undefined;
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

  private addTarget(target: OutboxTarget): void {
    let ids = this.targets.get(target.collection);
    if (!ids) {
      ids = new Map();
      this.targets.set(target.collection, ids);
    }
    ids.set(String(target.id), target.id);
  }

  /** Retries a failed pass (its targets, and the scan if it was one) with backoff. */
  private scheduleRetry(scan: boolean): void {
    this.retryScan ||= scan;
    if (this.retryTimer || (this.targets.size === 0 && !this.retryScan)) return;
    this.failures += 1;
    const delayMs = computeBackoffMs(this.failures, { initialMs: this.retryDelayMs, maxMs: Math.max(this.retryDelayMs, 30_000), multiplier: 2, jitter: 0.2 });
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      const rescan = this.retryScan;
      this.retryScan = false;
      (rescan ? this.requestPass() : this.requestTargetedPass()).catch((error: unknown) => {
        this.logger.warn({ err: errorDetails(error), failures: this.failures }, 'outbox relay retry failed; it will be retried');
        this.scheduleRetry(rescan);
      });
    }, delayMs);
    this.retryTimer.unref();
  }

  /** Resolves when a scan pass that started after this call has completed. */
  private requestPass(): Promise<void> {
    this.requested = true;
    this.running ??= this.loop();
    return this.running;
  }

  /** Resolves when the targets known at call time have been handled. */
  private requestTargetedPass(): Promise<void> {
    this.running ??= this.loop();
    return this.running;
  }

  private async loop(): Promise<void> {
    // Yield once so `running` is assigned before the loop can finish and clear it.
    await Promise.resolve();
    try {
      while (this.requested || this.targets.size > 0) {
        const scan = this.requested;
        const targets = this.targets;
        this.requested = false;
        this.targets = new Map();
        try {
          for (const store of this.stores) {
            const ids = targets.get(store.name);
            if (ids) await this.drainTargets(store, [...ids.values()]);
            if (scan) await this.drain(store);
          }
          this.failures = 0;
        } catch (error) {
          // Keep what was not published for the retry; nothing is lost either way (the entries
          // stay in their documents), this only keeps latency low once the broker is back.
          for (const [collection, ids] of targets) for (const id of ids.values()) this.addTarget({ collection, id });
          throw error;
        }
      }
    } finally {
      // Cleared in the same tick as the last check, so no request slips in between.
      this.requested = false;
      this.running = undefined;
    }
  }

  private async drainTargets(store: OutboxStore, ids: unknown[]): Promise<void> {
    const findById = store.findPendingById?.bind(store);
    if (!findById) return this.drain(store);
    for (let start = 0; start < ids.length; start += this.batchSize) {
      const found = await Promise.all(ids.slice(start, start + this.batchSize).map((id) => findById(id)));
      await this.publishAndRemove(store, found.filter((aggregate): aggregate is PendingAggregate => aggregate !== undefined));
    }
  }

  private async drain(store: OutboxStore): Promise<void> {
    for (;;) {
      const pending = await store.findPending(this.batchSize);
      if (pending.length === 0) return;
      await this.publishAndRemove(store, pending);
      if (pending.length < this.batchSize) return;
    }
  }

  private async publishAndRemove(store: OutboxStore, pending: PendingAggregate[]): Promise<void> {
    if (pending.length === 0) return;
    // One batch keeps each aggregate's entries in array order (same key, same partition).
    await this.publisher.publishEntries(pending.flatMap((aggregate) => aggregate.outbox));
    {
      const removed = await Promise.all(
        pending.map((aggregate) => this.withAggregateLock(store.name, aggregate._id, () => store.removePublished(aggregate._id, aggregate.outbox))),
      );
      removed.forEach((ok, index) => {
        if (!ok) {
          // Another relay removed them first, or the stored elements no longer equal what we read.
          this.logger.warn({ collection: store.name, id: String(pending[index]._id) }, 'published outbox entries were not removed');
        }
      });
    }
  }

  private async reportBacklog(): Promise<void> {
    for (const store of this.stores) {
      this.metrics.outboxBacklog.set({ collection: store.name }, await store.countPending());
    }
  }
}
