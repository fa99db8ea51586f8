import type { CloudEvent } from '@icn/contracts';
import { ConcurrentModificationError, DomainConflictError, DomainNotFoundError } from '@icn/platform';
import { thingHappened } from '../int-support/thing-happened.fixture';
import type { AggregateType } from './aggregate-type';
import { changeOf, eventOf, type Change } from './change';
import { claimIdOf } from './commit';
import { CommitRelay } from './commit-relay';
import { InMemoryCommitStore, NonAtomicSnapshotStore, RecordingPublisher } from './testing/in-memory-stores';
import { WritePath } from './write-path';

interface Counter {
  readonly id: string;
  readonly version: number;
  readonly count: number;
}

const happened = thingHappened('test.write-path');

function counterType(snapshots: NonAtomicSnapshotStore<Counter>): AggregateType<Counter> {
  return { name: 'counter', source: '/test', snapshots, idOf: (state) => state.id };
}

const increment = (current: Counter): Change<Counter> =>
  changeOf({ ...current, version: current.version + 1, count: current.count + 1 }, eventOf(happened, { name: `count ${current.count + 1}`, failTimes: 0 }));

const created = (id: string): Change<Counter> => changeOf({ id, version: 1, count: 0 }, eventOf(happened, { name: 'created', failTimes: 0 }));

/** One "replica": its own write path and relay over the shared stores. */
function replica(commits: InMemoryCommitStore, publisher: RecordingPublisher, now: () => Date = () => new Date(), queuePerAggregate = true) {
  const relay = new CommitRelay(publisher, commits, { orphanAfterMs: 1000, recheckMs: 1, now });
  return { relay, path: new WritePath(commits, relay, { now, queuePerAggregate }) };
}

function sequencesByKey(publisher: RecordingPublisher): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  for (const entry of publisher.sent) byKey.set(entry.key, [...(byKey.get(entry.key) ?? []), entry.sequence]);
  return byKey;
}

async function settle(...relays: CommitRelay[]): Promise<void> {
  for (let round = 0; round < 50; round += 1) {
    await Promise.all(relays.map((relay) => relay.flush()));
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('WritePath', () => {
  let commits: InMemoryCommitStore;
  let snapshots: NonAtomicSnapshotStore<Counter>;
  let publisher: RecordingPublisher;

  beforeEach(() => {
    commits = new InMemoryCommitStore();
    snapshots = new NonAtomicSnapshotStore<Counter>();
    publisher = new RecordingPublisher();
  });

  it('commits a creation and a change, brings the snapshot forward and publishes the events with their versions', async () => {
    const { path, relay } = replica(commits, publisher);
    const counters = path.aggregate(counterType(snapshots));
    await counters.create(created('c1'));
    const after = await counters.modify('c1', increment);
    await settle(relay);

    expect(after).toEqual({ id: 'c1', version: 2, count: 1 });
    expect(snapshots.documents.get('c1')).toEqual(after);
    expect([...commits.commits.keys()]).toEqual([claimIdOf('counter:c1', 1), claimIdOf('counter:c1', 2)]);
    expect([...commits.commits.values()].every((commit) => commit.published)).toBe(true);
    const published = publisher.sent.map((entry) => JSON.parse(entry.value) as CloudEvent);
    expect(published.map((event) => [event.subject, event.subjectsequence, event.source])).toEqual([
      ['c1', 1, '/test'],
      ['c1', 2, '/test'],
    ]);
  });

  it('refuses a second creation of the same id, and a change of one that does not exist', async () => {
    const { path } = replica(commits, publisher);
    const counters = path.aggregate(counterType(snapshots));
    await counters.create(created('c1'));
    await expect(counters.create(created('c1'))).rejects.toThrow(new DomainConflictError('counter c1 already exists'));
    await expect(counters.modify('nope', increment)).rejects.toThrow(new DomainNotFoundError('counter nope not found'));
  });

  it('writes nothing when decide says there is nothing to do', async () => {
    const { path } = replica(commits, publisher);
    const counters = path.aggregate(counterType(snapshots));
    await counters.create(created('c1'));
    await expect(counters.modify('c1', () => null)).resolves.toEqual({ id: 'c1', version: 1, count: 0 });
    expect(commits.commits.size).toBe(1);
  });

  it('refuses a change whose version does not follow the rule (one version per event, at least one)', async () => {
    const { path } = replica(commits, publisher);
    const counters = path.aggregate(counterType(snapshots));
    await counters.create(created('c1'));
    await expect(counters.modify('c1', (current) => changeOf({ ...current, version: current.version + 2 }, eventOf(happened, { name: 'x', failTimes: 0 })))).rejects.toThrow(
      'counter c1: a change decided on version 1 with 1 event(s) must end at version 2, not 3',
    );
    expect(commits.commits.size).toBe(1);
  });

  it('loses no update with three replicas and 60 concurrent increments of one aggregate, and publishes versions 1..61 once each, in order', async () => {
    const replicas = [replica(commits, publisher), replica(commits, publisher), replica(commits, publisher)];
    const aggregates = replicas.map(({ path }) => path.aggregate(counterType(snapshots)));
    await aggregates[0].create(created('c1'));
    await Promise.all(Array.from({ length: 60 }, (_, index) => aggregates[index % 3].modify('c1', increment)));
    await settle(...replicas.map(({ relay }) => relay));

    expect((await aggregates[1].find('c1'))?.count).toBe(60);
    expect(sequencesByKey(publisher).get('c1')).toEqual(Array.from({ length: 61 }, (_, index) => index + 1));
    expect(new Set(publisher.sent.map((entry) => entry.eventId)).size).toBe(61);
  });

  it('stays correct without its in-process queue: the commit claims alone serialise replicas', async () => {
    const replicas = [0, 1, 2].map(() => replica(commits, publisher, undefined, false));
    const aggregates = replicas.map(({ path }) => path.aggregate(counterType(snapshots)));
    await aggregates[0].create(created('c1'));
    const results = await Promise.allSettled(Array.from({ length: 6 }, (_, index) => aggregates[index % 3].modify('c1', increment)));
    await settle(...replicas.map(({ relay }) => relay));

    const applied = results.filter((result) => result.status === 'fulfilled').length;
    expect(applied).toBeGreaterThan(0);
    expect((await aggregates[0].find('c1'))?.count).toBe(applied);
    expect(sequencesByKey(publisher).get('c1')).toEqual(Array.from({ length: applied + 1 }, (_, index) => index + 1));
  });

  it('decides again on the newer state after losing the version, calling onCommitLost each time, then gives up with a 409', async () => {
    const { path } = replica(commits, publisher);
    const counters = path.aggregate(counterType(snapshots));
    await counters.create(created('c1'));
    const lost: number[] = [];
    // Another writer takes the version every time this one tries.
    const rival = replica(commits, publisher).path.aggregate(counterType(new NonAtomicSnapshotStore<Counter>()));
    const stubborn = new WritePath(commits, new CommitRelay(publisher, commits), { maxAttempts: 3 }).aggregate({ ...counterType(snapshots), name: 'counter' });
    const attempt = stubborn.modify('c1', async (current) => {
      await rival.modify('c1', increment);
      return increment(current);
    }, { onCommitLost: async (change) => void lost.push(change.state.version) });
    await expect(attempt).rejects.toThrow(ConcurrentModificationError);
    expect(lost).toEqual([2, 3, 4]);
  });

  it('reads past a snapshot an older writer overwrote (FerretDB), and repairs it', async () => {
    const { path } = replica(commits, publisher);
    const counters = path.aggregate(counterType(snapshots));
    await counters.create(created('c1'));
    await counters.modify('c1', increment);
    await counters.modify('c1', increment);
    snapshots.documents.set('c1', { id: 'c1', version: 1, count: 0 });

    expect(await counters.find('c1')).toEqual({ id: 'c1', version: 3, count: 2 });
    expect(snapshots.documents.get('c1')).toEqual({ id: 'c1', version: 3, count: 2 });
    expect((await counters.modify('c1', increment)).count).toBe(3);
  });

  it('removes an aggregate: snapshot deleted, gone for reads and changes, its id not reusable', async () => {
    const { path } = replica(commits, publisher);
    const counters = path.aggregate(counterType(snapshots));
    await counters.create(created('c1'));
    await expect(counters.upsert('c1', (current) => (current ? { state: { ...current, version: 2 }, events: [], removed: true } : null))).resolves.toBeNull();
    expect(snapshots.documents.has('c1')).toBe(false);
    expect(await counters.find('c1')).toBeNull();
    await expect(counters.modify('c1', increment)).rejects.toThrow(DomainNotFoundError);
    await expect(counters.create(created('c1'))).rejects.toThrow(DomainConflictError);
  });
});

describe('CommitRelay', () => {
  it('holds a commit back while an earlier one belongs to a live writer, and publishes an orphan with it once it is old enough', async () => {
    const commits = new InMemoryCommitStore();
    const snapshots = new NonAtomicSnapshotStore<Counter>();
    const publisher = new RecordingPublisher();
    let now = new Date('2026-12-04T10:00:00Z');
    const clock = () => now;
    // The first writer commits version 2 and dies before publishing it (its relay never runs).
    const dying = new WritePath(commits, { committed: () => undefined, onOrphansPublished: () => undefined } as unknown as CommitRelay, { now: clock });
    const survivor = replica(commits, publisher, clock);
    const counters = survivor.path.aggregate(counterType(snapshots));
    await counters.create(created('c1'));
    await dying.aggregate({ ...counterType(snapshots) }).modify('c1', increment);
    await counters.modify('c1', increment);
    await survivor.relay.flush();
    expect(sequencesByKey(publisher).get('c1')).toEqual([1]);

    now = new Date(now.getTime() + 1500);
    await settle(survivor.relay);
    expect(sequencesByKey(publisher).get('c1')).toEqual([1, 2, 3]);
    expect(await commits.countUnpublished()).toBe(0);
  });

  it('publishes alternating commits of two live replicas without waiting for the orphan delay', async () => {
    const commits = new InMemoryCommitStore();
    const snapshots = new NonAtomicSnapshotStore<Counter>();
    const publisher = new RecordingPublisher();
    const [first, second] = [replica(commits, publisher), replica(commits, publisher)];
    const [a, b] = [first.path.aggregate(counterType(snapshots)), second.path.aggregate(counterType(snapshots))];
    await a.create(created('c1'));
    await first.relay.flush();
    // Neither relay gets through until all three commits exist: a has versions 2 and 4, b has 3.
    publisher.failing = true;
    await a.modify('c1', increment);
    await b.modify('c1', increment);
    await a.modify('c1', increment);
    publisher.failing = false;
    await settle(first.relay, second.relay);
    expect(sequencesByKey(publisher).get('c1')).toEqual([1, 2, 3, 4]);
  });

  it('publishes orphans found by its scan in version order and repairs their snapshots', async () => {
    const commits = new InMemoryCommitStore();
    const snapshots = new NonAtomicSnapshotStore<Counter>();
    const publisher = new RecordingPublisher();
    let now = new Date('2026-12-04T10:00:00Z');
    const clock = () => now;
    const crashed = new WritePath(commits, { committed: () => undefined, onOrphansPublished: () => undefined } as unknown as CommitRelay, { now: clock });
    const lost = crashed.aggregate(counterType(snapshots));
    await lost.create(created('c1'));
    await lost.modify('c1', increment);
    snapshots.documents.delete('c1');

    const restarted = replica(commits, publisher, clock);
    restarted.path.aggregate(counterType(snapshots));
    now = new Date(now.getTime() + 1500);
    await restarted.relay.flush({ scan: true });
    await settle(restarted.relay);
    expect(sequencesByKey(publisher).get('c1')).toEqual([1, 2]);
    expect(snapshots.documents.get('c1')).toEqual({ id: 'c1', version: 2, count: 1 });
  });

  it('repairs at start-up the snapshots a killed writer left behind its commits, before they are orphans, without publishing them', async () => {
    const commits = new InMemoryCommitStore();
    const snapshots = new NonAtomicSnapshotStore<Counter>();
    const publisher = new RecordingPublisher();
    const now = new Date('2026-12-04T10:00:00Z');
    const crashed = new WritePath(commits, { committed: () => undefined, onOrphansPublished: () => undefined } as unknown as CommitRelay, { now: () => now });
    const lost = crashed.aggregate(counterType(snapshots));
    await lost.create(created('c1'));
    await lost.modify('c1', increment);
    await lost.create(created('c2'));
    snapshots.documents.delete('c1');
    snapshots.documents.delete('c2');

    const restarted = replica(commits, publisher, () => now);
    restarted.path.aggregate(counterType(snapshots));
    expect(await restarted.path.repairSnapshotsOfUnpublishedCommits()).toBe(3);
    expect(snapshots.documents.get('c1')).toEqual({ id: 'c1', version: 2, count: 1 });
    expect(snapshots.documents.get('c2')).toEqual({ id: 'c2', version: 1, count: 0 });
    // Still the relay's to publish, once they are orphans (or their live writer's).
    expect(publisher.sent).toEqual([]);
    expect(await commits.countUnpublished()).toBe(3);
  });

  it('keeps commits unpublished while the broker fails, and publishes them in order once it is back', async () => {
    const commits = new InMemoryCommitStore();
    const publisher = new RecordingPublisher();
    const { path, relay } = replica(commits, publisher);
    const counters = path.aggregate(counterType(new NonAtomicSnapshotStore<Counter>()));
    publisher.failing = true;
    await counters.create(created('c1'));
    await counters.modify('c1', increment);
    await expect(relay.flush()).rejects.toThrow('broker unavailable');
    expect(await commits.countUnpublished()).toBe(2);

    publisher.failing = false;
    await relay.flush();
    expect(sequencesByKey(publisher).get('c1')).toEqual([1, 2]);
    expect(await commits.countUnpublished()).toBe(0);
  });
});
