import type { OutboxPublisher } from '../../kafka/event-publisher';
import type { OutboxEntry } from '../../outbox/outbox-entry';
import type { Versioned } from '../change';
import type { CommitRecord } from '../commit';
import { byClaimId, type CommitStore } from '../commit-store';
import type { SnapshotStore } from '../snapshot-store';

/** Lets other promises run between a store's read and its write, as a network round trip would. */
const roundTrip = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Commits in memory: `claim` is atomic per `_id`, like a unique insert on MongoDB and FerretDB. */
export class InMemoryCommitStore implements CommitStore {
  readonly commits = new Map<string, CommitRecord>();

  async claim(commit: CommitRecord): Promise<boolean> {
    await roundTrip();
    if (this.commits.has(commit._id)) return false;
    this.commits.set(commit._id, { ...commit });
    return true;
  }

  async findById(id: string): Promise<CommitRecord | null> {
    await roundTrip();
    return this.commits.get(id) ?? null;
  }

  async unpublishedOf(aggregate: string): Promise<CommitRecord[]> {
    await roundTrip();
    return [...this.commits.values()].filter((commit) => commit.aggregate === aggregate && !commit.published).sort(byClaimId);
  }

  async orphans(before: Date, limit: number): Promise<CommitRecord[]> {
    await roundTrip();
    return [...this.commits.values()]
      .filter((commit) => !commit.published && commit.committedAt < before)
      .sort(byClaimId)
      .slice(0, limit);
  }

  async markPublished(ids: readonly string[]): Promise<void> {
    await roundTrip();
    for (const id of ids) {
      const commit = this.commits.get(id);
      if (commit) this.commits.set(id, { ...commit, published: true });
    }
  }

  async countUnpublished(): Promise<number> {
    return [...this.commits.values()].filter((commit) => !commit.published).length;
  }
}

/**
 * Snapshots with FerretDB's weakness: the version guard is checked, then the document replaced,
 * with a round trip in between — so an older state can overwrite a newer one.
 */
export class NonAtomicSnapshotStore<S extends Versioned & { id: string }> implements SnapshotStore<S> {
  readonly documents = new Map<string, S>();

  async find(id: string): Promise<S | null> {
    await roundTrip();
    const found = this.documents.get(id);
    return found ? structuredClone(found) : null;
  }

  async bringForward(state: S): Promise<void> {
    const stored = this.documents.get(state.id);
    await roundTrip();
    if (stored === undefined || stored.version < state.version) this.documents.set(state.id, structuredClone(state));
  }

  async remove(id: string): Promise<void> {
    await roundTrip();
    this.documents.delete(id);
  }
}

/** Records what was sent, in order; can fail or stall on demand. */
export class RecordingPublisher implements OutboxPublisher {
  readonly sent: OutboxEntry[] = [];
  failing = false;

  async publishEntries(entries: readonly OutboxEntry[]): Promise<void> {
    await roundTrip();
    if (this.failing) throw new Error('broker unavailable');
    this.sent.push(...entries);
  }
}
