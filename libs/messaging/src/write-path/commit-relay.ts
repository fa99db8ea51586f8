import type { OutboxPublisher } from '../kafka/event-publisher';
import { errorDetails, SILENT_LOGGER, type MessagingLogger } from '../observability/messaging-logger';
import { NOOP_MESSAGING_METRICS, type MessagingMetrics } from '../observability/messaging-metrics';
import { computeBackoffMs } from '../retry/backoff';
import type { CommitRecord } from './commit';
import { COMMITS_COLLECTION, type CommitStore } from './commit-store';

export interface CommitRelayOptions {
  /** Period of the safety-net scan for orphaned commits (OUTBOX_POLL_MS). */
  pollIntervalMs?: number;
  /**
   * An unpublished commit older than this is an orphan: its writer died between commit and
   * publication, so any relay may publish it (OUTBOX_ORPHAN_AFTER_MS). Younger ones belong to a live
   * writer that is publishing them right now; publishing them too would only duplicate them.
   */
  orphanAfterMs?: number;
  /** How often a commit waiting for an earlier one (another replica's, in flight) looks again. */
  recheckMs?: number;
  /** First delay before retrying a failed pass; doubles per failure up to 30 s. */
  retryDelayMs?: number;
  /** Orphans read per scan query. */
  batchSize?: number;
  metrics?: MessagingMetrics;
  logger?: MessagingLogger;
  now?: () => Date;
}

/**
 * Publishes commits' events to Kafka in each aggregate's version order, then marks them published
 * (ADR 12).
 *
 * The rule that keeps order with any number of replicas: a commit goes out only after every earlier
 * commit of its aggregate is on the topic — published before (marked), or sent first in the same
 * ordered batch (same key, same partition, idempotent producer). A writer publishes its own commits;
 * an earlier commit still pending is another live writer's (wait for it, re-checking every
 * `recheckMs`) until it is older than `orphanAfterMs`, when it is an orphan anyone publishes. So in
 * normal operation each event is published once; after a crash between Kafka's acknowledgement and
 * the mark, its events go out again (consumers deduplicate by event id).
 *
 * Single-flight per process (one pass at a time; triggers during a pass coalesce into the next), so
 * a burst of commits shares Kafka round trips and one `markPublished`.
 */
export class CommitRelay {
  private readonly pollIntervalMs: number;
  private readonly orphanAfterMs: number;
  private readonly recheckMs: number;
  private readonly retryDelayMs: number;
  private readonly batchSize: number;
  private readonly metrics: MessagingMetrics;
  private readonly logger: MessagingLogger;
  private readonly now: () => Date;
  /** Own commits waiting to be published: aggregate -> its newest commit from this process. */
  private pending = new Map<string, CommitRecord>();
  /** Ids of this process's commits not yet published: never "another writer's" to wait for. */
  private readonly own = new Set<string>();
  private scanRequested = false;
  private running: Promise<void> | undefined;
  private pollTimer: NodeJS.Timeout | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private recheckTimer: NodeJS.Timeout | undefined;
  private failures = 0;
  private polling = false;
  private readonly orphanListeners: ((commits: readonly CommitRecord[]) => void)[] = [];

  constructor(
    private readonly publisher: OutboxPublisher,
    private readonly commits: CommitStore,
    options: CommitRelayOptions = {},
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.orphanAfterMs = options.orphanAfterMs ?? 5000;
    this.recheckMs = options.recheckMs ?? 10;
    this.retryDelayMs = options.retryDelayMs ?? 1000;
    this.batchSize = options.batchSize ?? 200;
    this.metrics = options.metrics ?? NOOP_MESSAGING_METRICS;
    this.logger = options.logger ?? SILENT_LOGGER;
    this.now = options.now ?? (() => new Date());
  }

  /** Called with the orphans a scan published, so the write path can repair their snapshots. */
  onOrphansPublished(listener: (commits: readonly CommitRecord[]) => void): void {
    this.orphanListeners.push(listener);
  }

  /** Publish this commit now (called by the write path right after claiming it). Never throws. */
  committed(commit: CommitRecord): void {
    this.own.add(commit._id);
    const known = this.pending.get(commit.aggregate);
    if (known === undefined || known.version < commit.version) this.pending.set(commit.aggregate, commit);
    this.run(false);
  }

  /** Publishes this process's pending commits; with `scan`, orphans too. Rejects if publishing fails. */
  flush(options: { scan?: boolean } = {}): Promise<void> {
    if (options.scan) this.scanRequested = true;
    this.running ??= this.loop();
    return this.running;
  }

  start(): void {
    if (this.polling) return;
    this.polling = true;
    this.run(true);
    this.schedulePoll();
  }

  async stop(): Promise<void> {
    this.polling = false;
    for (const timer of [this.pollTimer, this.retryTimer, this.recheckTimer]) if (timer) clearTimeout(timer);
    this.pollTimer = this.retryTimer = this.recheckTimer = undefined;
    await this.running?.catch(() => undefined);
  }

  private run(scan: boolean): void {
    this.flush({ scan }).catch((error: unknown) => {
      this.logger.warn({ err: errorDetails(error) }, 'commit relay pass failed; it will be retried');
      this.scheduleRetry(scan);
    });
  }

  private schedulePoll(): void {
    this.pollTimer = setTimeout(() => void this.poll(), this.pollIntervalMs);
    // Polling alone must not keep a process (or a test run) alive.
    this.pollTimer.unref();
  }

  private async poll(): Promise<void> {
    try {
      await this.flush({ scan: true });
      this.metrics.outboxBacklog.set({ collection: COMMITS_COLLECTION }, await this.commits.countUnpublished());
    } catch (error) {
      this.logger.warn({ err: errorDetails(error) }, 'commit relay poll failed');
    }
    if (this.polling) this.schedulePoll();
  }

  private scheduleRetry(scan: boolean): void {
    this.scanRequested ||= scan;
    if (this.retryTimer) return;
    this.failures += 1;
    const delayMs = computeBackoffMs(this.failures, { initialMs: this.retryDelayMs, maxMs: Math.max(this.retryDelayMs, 30_000), multiplier: 2, jitter: 0.2 });
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.run(this.scanRequested);
    }, delayMs);
    this.retryTimer.unref();
  }

  private scheduleRecheck(): void {
    if (this.recheckTimer) return;
    this.recheckTimer = setTimeout(() => {
      this.recheckTimer = undefined;
      this.run(false);
    }, this.recheckMs);
  }

  private async loop(): Promise<void> {
    // Yield once so `running` is assigned before the loop can finish and clear it.
    await Promise.resolve();
    try {
      while (this.scanRequested || this.pending.size > 0) {
        const scan = this.scanRequested;
        const own = this.pending;
        this.scanRequested = false;
        this.pending = new Map();
        try {
          const waiting = await this.publishOwn([...own.values()]);
          for (const commit of waiting) this.keepPending(commit);
          if (scan) await this.publishOrphans();
          this.failures = 0;
          if (waiting.length > 0) {
            this.scheduleRecheck();
            break;
          }
        } catch (error) {
          // Nothing is lost either way (the commits stay unpublished); this keeps latency low once Kafka is back.
          for (const commit of own.values()) this.keepPending(commit);
          this.scanRequested ||= scan;
          throw error;
        }
      }
    } finally {
      this.running = undefined;
    }
  }

  private keepPending(commit: CommitRecord): void {
    const known = this.pending.get(commit.aggregate);
    if (known === undefined || known.version < commit.version) this.pending.set(commit.aggregate, commit);
  }

  /**
   * Publishes each own commit with the orphans before it; returns those that must wait for an
   * earlier commit another live writer is publishing.
   */
  private async publishOwn(own: CommitRecord[]): Promise<CommitRecord[]> {
    const waiting: CommitRecord[] = [];
    const batches = await Promise.all(
      own.map(async (commit): Promise<CommitRecord[]> => {
        // A creation has nothing before it: no query needed on the hot path.
        if (commit.base === 0) return [commit];
        const unpublished = await this.commits.unpublishedOf(commit.aggregate);
        const upTo = unpublished.filter((candidate) => candidate.version <= commit.version);
        // Already published (by a later writer of the same aggregate, or as an orphan): done.
        // (whoever published it published everything before it first).
        if (!upTo.some((candidate) => candidate._id === commit._id)) {
          this.own.delete(commit._id);
          return [];
        }
        // Publish what can go now — in order, up to the first commit another live writer owns —
        // and wait for that writer for the rest. (Publishing only the newest own commit would
        // deadlock two replicas whose commits alternate: each waiting for the other's.)
        const blocked = upTo.findIndex((candidate) => !this.own.has(candidate._id) && !this.isOrphan(candidate));
        if (blocked === -1) return upTo;
        waiting.push(commit);
        return upTo.slice(0, blocked);
      }),
    );
    await this.publish(batches.flat());
    return waiting;
  }

  private async publishOrphans(): Promise<void> {
    const found = await this.commits.orphans(new Date(this.now().getTime() - this.orphanAfterMs), this.batchSize);
    if (found.length === 0) return;
    const aggregates = [...new Set(found.map((commit) => commit.aggregate))];
    const batches = await Promise.all(
      aggregates.map(async (aggregate) => {
        const unpublished = await this.commits.unpublishedOf(aggregate);
        // In order, up to the first one a live writer still owns.
        const firstLive = unpublished.findIndex((commit) => !this.isOrphan(commit));
        return firstLive === -1 ? unpublished : unpublished.slice(0, firstLive);
      }),
    );
    const orphans = batches.flat();
    await this.publish(orphans);
    if (orphans.length > 0) {
      this.logger.warn({ commits: orphans.length }, 'published commits a writer left unpublished');
      for (const listener of this.orphanListeners) listener(orphans);
    }
  }

  private isOrphan(commit: CommitRecord): boolean {
    return this.now().getTime() - new Date(commit.committedAt).getTime() >= this.orphanAfterMs;
  }

  private async publish(commits: readonly CommitRecord[]): Promise<void> {
    if (commits.length === 0) return;
    // One batch keeps each aggregate's events in version order (same key, same partition).
    await this.publisher.publishEntries(commits.flatMap((commit) => commit.events));
    await this.commits.markPublished(commits.map((commit) => commit._id));
    for (const commit of commits) this.own.delete(commit._id);
  }
}
