import {
  CommitRelay,
  WritePath,
  type Change,
  type CommitRecord,
  type CommitStore,
  type OutboxPublisher,
  type SnapshotStore,
} from '@icn/messaging';
import { MEMBERSHIP_EVENT_SOURCE } from '../../apps/membership/src/membership-event-source';
import type { OrganisationState } from '../../apps/membership/src/organisations/domain/organisation';

export interface Created {
  commit: CommitRecord;
  state: OrganisationState;
}

/**
 * Runs creations through the real WritePath (commit building, version rule, event envelopes and
 * their contract check) against a commit store and snapshot store that only record what they are
 * given, so the documents are the running code's without a database round trip per organisation.
 */
export class CreationRecorder {
  private readonly commits = new RecordingCommitStore();
  private readonly relay = new CommitRelay(DISCARDING_PUBLISHER, this.commits);
  private readonly organisations = new WritePath(this.commits, this.relay).aggregate<OrganisationState>({
    // As OrganisationAggregate registers it (apps/membership/src/organisations/persistence/organisation.aggregate.ts).
    name: 'organisation',
    source: MEMBERSHIP_EVENT_SOURCE,
    snapshots: ABSENT_SNAPSHOTS,
    idOf: (state) => state.organisationId,
  });

  async create(changes: readonly Change<OrganisationState>[]): Promise<Created[]> {
    const created: Created[] = [];
    for (const change of changes) {
      const state = await this.organisations.create(change);
      const commit = this.commits.takeLast();
      created.push({ commit, state });
    }
    return created;
  }

  close(): Promise<void> {
    return this.relay.stop();
  }
}

/** Accepts every claim and remembers the last one; nothing is ever unpublished or orphaned. */
class RecordingCommitStore implements CommitStore {
  private last: CommitRecord | undefined;

  takeLast(): CommitRecord {
    if (this.last === undefined) throw new Error('no commit was claimed');
    const last = this.last;
    this.last = undefined;
    return last;
  }

  claim(commit: CommitRecord): Promise<boolean> {
    this.last = commit;
    return Promise.resolve(true);
  }
  findById(): Promise<CommitRecord | null> {
    return Promise.resolve(null);
  }
  unpublishedOf(): Promise<CommitRecord[]> {
    return Promise.resolve([]);
  }
  orphans(): Promise<CommitRecord[]> {
    return Promise.resolve([]);
  }
  markPublished(): Promise<void> {
    return Promise.resolve();
  }
  countUnpublished(): Promise<number> {
    return Promise.resolve(0);
  }
}

/** The seeding writes snapshots itself, in batches; the write path only needs "not there yet". */
const ABSENT_SNAPSHOTS: SnapshotStore<OrganisationState> = {
  find: () => Promise.resolve(null),
  bringForward: () => Promise.resolve(),
  remove: () => Promise.resolve(),
};

/** The relay runs after each claim; here its publication goes nowhere (the seeded commits are marked published). */
const DISCARDING_PUBLISHER: OutboxPublisher = { publishEntries: () => Promise.resolve() };
