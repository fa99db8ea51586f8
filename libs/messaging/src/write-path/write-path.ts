import { ConcurrentModificationError, DomainConflictError, DomainNotFoundError } from '@icn/platform';
import { computeBackoffMs } from '../retry/backoff';
import { errorDetails, SILENT_LOGGER, type MessagingLogger } from '../observability/messaging-logger';
import { buildEvent } from '../outbox/build-event';
import { toOutboxEntry } from '../outbox/to-outbox-entry';
import type { AggregateType } from './aggregate-type';
import { expectedVersionAfter, type Change, type Versioned } from './change';
import { aggregateKeyOf, claimIdOf, type CommitRecord } from './commit';
import type { CommitRelay } from './commit-relay';
import type { CommitStore } from './commit-store';
import { InProcessQueue } from './in-process-queue';

/**
 * The one conflict policy (ADR 12), "decide again on the newer state": when another writer claimed
 * the same version first, the command is decided again on the state that writer produced — the
 * decision may differ (a desk now taken, a status now final) — up to `maxAttempts` times with a short
 * jittered backoff; then `ConcurrentModificationError` (409: re-read and retry).
 */
export interface WritePathOptions {
  maxAttempts?: number;
  /**
   * Queue this process's commands per aggregate (default true): fewer lost claims under load, no
   * role in correctness. Tests turn it off to prove the claims alone keep replicas correct.
   */
  queuePerAggregate?: boolean;
  logger?: MessagingLogger;
  now?: () => Date;
}

/** `decide` for a command: the change to commit, or null/undefined for "nothing to do". */
export type Decide<S extends Versioned, C = S> = (current: C) => Change<S> | null | undefined | Promise<Change<S> | null | undefined>;

export interface CommandOptions<S extends Versioned> {
  /**
   * Undo what `decide` claimed outside the aggregate (a reservation) when its change lost the
   * version to another writer; the next attempt decides (and claims) again.
   */
  onCommitLost?: (change: Change<S>) => Promise<void>;
}

/** The newest state of an aggregate: its snapshot brought forward by every commit above it. */
export interface Loaded<S> {
  readonly state: S | null;
  readonly version: number;
}

/** Enough for a few replicas hammering one aggregate; each attempt costs one claim and one lookup. */
const DEFAULT_MAX_ATTEMPTS = 20;

/**
 * The single command handler every aggregate of every service goes through, in the decider's shape
 * (oskardudycz/EventSourcing.NodeJS `samples/decider/src/core/commandHandling.ts`):
 * load → decide (pure; domain errors thrown) → commit → publish.
 *
 * Correct with any number of replicas without a lock: a commit claims the next version of its
 * aggregate with a unique insert (CommitStore.claim), the only atomic operation it needs; the
 * snapshot is a cache brought forward from commits; the relay publishes in version order.
 */
export class WritePath {
  private readonly types = new Map<string, AggregateType<Versioned>>();
  private readonly maxAttempts: number;
  private readonly logger: MessagingLogger;
  private readonly now: () => Date;
  private readonly queue: InProcessQueue | undefined;

  constructor(
    private readonly commits: CommitStore,
    private readonly relay: CommitRelay,
    options: WritePathOptions = {},
  ) {
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    this.logger = options.logger ?? SILENT_LOGGER;
    this.now = options.now ?? (() => new Date());
    this.queue = options.queuePerAggregate === false ? undefined : new InProcessQueue();
    relay.onOrphansPublished((orphans) => void this.repairSnapshots(orphans));
  }

  /** Registers an aggregate type (at module construction, so a restarted process can repair its snapshots). */
  aggregate<S extends Versioned>(type: AggregateType<S>): Aggregate<S> {
    if (type.name.includes(':')) throw new Error(`aggregate type names may not contain ':' (${type.name})`);
    const known = this.types.get(type.name);
    if (known !== undefined && known !== (type as unknown as AggregateType<Versioned>)) throw new Error(`aggregate type ${type.name} is registered twice`);
    this.types.set(type.name, type as unknown as AggregateType<Versioned>);
    return new Aggregate(this, type);
  }

  async load<S extends Versioned>(type: AggregateType<S>, id: string): Promise<Loaded<S>> {
    const snapshot = await type.snapshots.find(id);
    const loaded = await this.walkCommits(type, id, { state: snapshot, version: snapshot?.version ?? 0 });
    // The snapshot was behind (a crash after the commit, or an older writer's overwrite): repair it.
    if (loaded.version !== (snapshot?.version ?? 0)) await this.bringSnapshotForward(type, id, loaded.state);
    return loaded;
  }

  /** Brings a known state forward through every commit above its version (`_id` lookups only). */
  private async walkCommits<S extends Versioned>(type: AggregateType<S>, id: string, from: Loaded<S>): Promise<Loaded<S>> {
    const aggregate = aggregateKeyOf(type.name, id);
    let { state, version } = from;
    for (;;) {
      const next = await this.commits.findById(claimIdOf(aggregate, version + 1));
      if (next === null) return { state, version };
      state = next.state === undefined ? null : (JSON.parse(next.state) as S);
      version = next.version;
    }
  }

  execute<S extends Versioned>(type: AggregateType<S>, id: string, decide: Decide<S, S | null>, options: CommandOptions<S> = {}): Promise<S | null> {
    const attempt = () => this.decideAndCommit(type, id, decide, options);
    return this.queue ? this.queue.run(aggregateKeyOf(type.name, id), attempt) : attempt();
  }

  private async decideAndCommit<S extends Versioned>(type: AggregateType<S>, id: string, decide: Decide<S, S | null>, options: CommandOptions<S>): Promise<S | null> {
    let loaded = await this.load(type, id);
    for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
      const change = await decide(loaded.state);
      if (change === null || change === undefined) return loaded.state;
      const commit = this.commitOf(type, id, loaded.version, change);
      if (await this.commits.claim(commit)) {
        await this.bringSnapshotForward(type, id, change.removed ? null : change.state);
        this.relay.committed(commit);
        return change.removed ? null : change.state;
      }
      await options.onCommitLost?.(change);
      // The winner's commit is there to read: continue from it at once (one lookup per commit, no
      // snapshot read), which also gives the loser a head start in the next round. Back off only
      // once losing has become a habit.
      if (attempt > 3) await delay(computeBackoffMs(attempt - 3, { initialMs: 2, maxMs: 25, multiplier: 2, jitter: 0.5 }));
      loaded = await this.walkCommits(type, id, loaded);
    }
    throw new ConcurrentModificationError(`${type.name} ${id} was modified concurrently; re-read it and retry`);
  }

  /**
   * Creates an aggregate: claims its first version directly (no commit walk: if any commit of the
   * id exists, the claim of version 1 fails). The snapshot read keeps a store written before commits
   * existed (ADR 12's migration) from getting a second first version.
   */
  async create<S extends Versioned>(type: AggregateType<S>, change: Change<S>, options: CommandOptions<S> = {}): Promise<S> {
    const id = type.idOf(change.state);
    const exists = new DomainConflictError(`${type.name} ${id} already exists`);
    if ((await type.snapshots.find(id)) !== null) throw exists;
    const commit = this.commitOf(type, id, 0, change);
    if (!(await this.commits.claim(commit))) {
      await options.onCommitLost?.(change);
      throw exists;
    }
    await this.bringSnapshotForward(type, id, change.state);
    this.relay.committed(commit);
    return change.state;
  }

  private commitOf<S extends Versioned>(type: AggregateType<S>, id: string, base: number, change: Change<S>): CommitRecord {
    const version = expectedVersionAfter(base, change);
    if (change.state.version !== version) {
      throw new Error(`${type.name} ${id}: a change decided on version ${base} with ${change.events.length} event(s) must end at version ${version}, not ${change.state.version}`);
    }
    const aggregate = aggregateKeyOf(type.name, id);
    const committedAt = this.now();
    const events = change.events.map((event, index) =>
      toOutboxEntry(buildEvent(event.definition, { subject: id, sequence: base + 1 + index, data: event.data, source: type.source }), event.definition.topic, committedAt),
    );
    return {
      _id: claimIdOf(aggregate, base + 1),
      aggregate,
      base,
      version,
      ...(change.removed ? {} : { state: JSON.stringify(change.state) }),
      events,
      committedAt,
      published: false,
    };
  }

  /** Never fails the command: the commit is what counts, and the next load or relay scan repairs the snapshot. */
  private async bringSnapshotForward<S extends Versioned>(type: AggregateType<S>, id: string, state: S | null): Promise<void> {
    try {
      await (state === null ? type.snapshots.remove(id) : type.snapshots.bringForward(state));
    } catch (error) {
      this.logger.warn({ err: errorDetails(error), aggregate: aggregateKeyOf(type.name, id) }, 'snapshot not brought forward; the next load repairs it');
    }
  }

  /**
   * Brings forward the snapshot of every aggregate that has unpublished commits; called at start-up,
   * before the service answers. A writer killed between its claim and its snapshot write left the
   * commit as the only record of a change, and lists and queries read snapshots: without this a
   * restarted service would not list it until the relay takes the commit for an orphan
   * (OUTBOX_ORPHAN_AFTER_MS later). Safe next to live writers on other replicas: a snapshot only
   * moves forward, and only to a committed state. Publishing stays the relay's (orphans only).
   * Resolves how many commits it looked at (at most `limit`; the relay's scans repair the rest).
   */
  async repairSnapshotsOfUnpublishedCommits(limit = 2000): Promise<number> {
    // Every unpublished commit written up to now, of whatever age.
    const unpublished = await this.commits.orphans(new Date(this.now().getTime() + 1), limit);
    await this.repairSnapshots(unpublished);
    return unpublished.length;
  }

  private async repairSnapshots(orphans: readonly CommitRecord[]): Promise<void> {
    for (const aggregate of new Set(orphans.map((commit) => commit.aggregate))) {
      const separator = aggregate.indexOf(':');
      const type = this.types.get(aggregate.slice(0, separator));
      if (type === undefined) continue;
      await this.load(type, aggregate.slice(separator + 1)).catch((error: unknown) =>
        this.logger.warn({ err: errorDetails(error), aggregate }, 'snapshot repair failed; the next load repairs it'),
      );
    }
  }
}

/** One aggregate type bound to the write path: what services call. */
export class Aggregate<S extends Versioned> {
  constructor(
    private readonly path: WritePath,
    readonly type: AggregateType<S>,
  ) {}

  /** The newest state, or null (the snapshot may be behind; this never is). */
  async find(id: string): Promise<S | null> {
    return (await this.path.load(this.type, id)).state;
  }

  /** Creates the aggregate the change describes; 409 if one with its id exists (or existed). */
  create(change: Change<S>, options?: CommandOptions<S>): Promise<S> {
    return this.path.create(this.type, change, options);
  }

  /** Changes an existing aggregate; 404 if there is none. `decide` may return null: nothing to do. */
  async modify(id: string, decide: Decide<S>, options?: CommandOptions<S>): Promise<S> {
    const result = await this.path.execute(
      this.type,
      id,
      (current) => {
        if (current === null) throw new DomainNotFoundError(`${this.type.name} ${id} not found`);
        return decide(current);
      },
      options,
    );
    if (result === null) throw new DomainNotFoundError(`${this.type.name} ${id} not found`);
    return result;
  }

  /**
   * Creates, changes or removes: `decide` sees null when the aggregate does not exist (yet, or any
   * more); resolves null when it does not exist afterwards.
   */
  async upsert(id: string, decide: Decide<S, S | null>, options?: CommandOptions<S>): Promise<S | null> {
    return this.path.execute(this.type, id, decide, options);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
