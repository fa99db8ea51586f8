import { type Change, type OutboxEntry, OutboxRelay } from '@icn/messaging';
import { withHttpErrors } from '@icn/platform';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { EventOutbox } from './event-outbox';

/** What the writer needs from a repository of one aggregate type. */
export interface VersionedStore<S> {
  /** The collection name, which scopes the aggregate lock. */
  readonly collectionName: string;
  findById(id: string): Promise<S | null>;
  insert(state: S, entry: OutboxEntry): Promise<void>;
  replace(next: S, expectedVersion: number, entry: OutboxEntry): Promise<boolean>;
}

export interface Versioned {
  version: number;
}

/** A few retries absorb ordinary races (two managers editing at once) without bothering clients. */
const MAX_ATTEMPTS = 3;

/**
 * The one way membership changes an aggregate: read, decide (domain + authorisation on the fresh
 * state), write state + event in one document write guarded by the version read, then trigger the
 * relay. The whole read-decide-write holds the aggregate's lock (OutboxRelay.withAggregateLock, the
 * one the relay also takes to remove published entries: FerretDB's
 * version guard is not reliable under concurrency). A write that still loses to another process
 * re-reads and decides again, because the decision may differ on the newer state.
 */
@Injectable()
export class AggregateWriter {
  constructor(
    private readonly outbox: EventOutbox,
    private readonly relay: OutboxRelay,
  ) {}

  create<S extends Versioned>(store: VersionedStore<S>, subject: string, change: Change<S>): Promise<S> {
    return withHttpErrors(async () => {
      await store.insert(change.state, this.outbox.entryFor(change.event, subject, change.state.version));
      this.outbox.written(store.collectionName, subject);
      return change.state;
    });
  }

  /**
   * `decide` returns null/undefined for "nothing to do" (no write, no event); it may throw domain
   * errors or HTTP exceptions (e.g. 403 after checking the loaded object's scope).
   */
  modify<S extends Versioned>(
    store: VersionedStore<S>,
    kind: string,
    id: string,
    decide: (current: S) => Change<S> | null | undefined,
  ): Promise<S> {
    return withHttpErrors(() => this.relay.withAggregateLock(store.collectionName, id, () => this.attempt(store, kind, id, decide)));
  }

  /** Read, decide, write; runs under the aggregate's lock. Retries only lose to other processes. */
  private async attempt<S extends Versioned>(
    store: VersionedStore<S>,
    kind: string,
    id: string,
    decide: (current: S) => Change<S> | null | undefined,
  ): Promise<S> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const current = await store.findById(id);
      if (current === null) throw new NotFoundException(`${kind} ${id} not found`);
      const change = decide(current);
      if (!change) return current;
      const entry = this.outbox.entryFor(change.event, id, change.state.version);
      if (await store.replace(change.state, current.version, entry)) {
        this.outbox.written(store.collectionName, id);
        return change.state;
      }
    }
    throw new ConflictException(`${kind} ${id} was modified concurrently; re-read it and retry`);
  }
}
