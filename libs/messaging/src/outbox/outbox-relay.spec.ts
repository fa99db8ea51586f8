import type { OutboxPublisher } from '../kafka/event-publisher';
import type { OutboxEntry } from './outbox-entry';
import { OutboxRelay } from './outbox-relay';
import type { OutboxStore, PendingAggregate } from './outbox-store';

function entry(key: string, sequence: number): OutboxEntry {
  return { eventId: `${key}-${sequence}`, topic: 't', key, type: 'x', sequence, value: `{"seq":${sequence}}`, createdAt: new Date(0) };
}

/** An in-memory collection that, like FerretDB, removes only exactly equal elements. */
class FakeStore implements OutboxStore {
  readonly name = 'aggregates';
  readonly docs = new Map<string, OutboxEntry[]>();
  finds = 0;
  idLookups = 0;

  async findPendingById(id: unknown): Promise<PendingAggregate | undefined> {
    this.idLookups += 1;
    const outbox = this.docs.get(String(id)) ?? [];
    return outbox.length > 0 ? { _id: id, outbox: outbox.map((e) => ({ ...e })) } : undefined;
  }

  async findPending(limit: number): Promise<PendingAggregate[]> {
    this.finds += 1;
    return [...this.docs]
      .filter(([, outbox]) => outbox.length > 0)
      .slice(0, limit)
      .map(([id, outbox]) => ({ _id: id, outbox: outbox.map((e) => ({ ...e })) }));
  }

  async removePublished(id: unknown, entries: readonly OutboxEntry[]): Promise<boolean> {
    const outbox = this.docs.get(String(id)) ?? [];
    const wanted = new Set(entries.map((e) => JSON.stringify(e)));
    const kept = outbox.filter((e) => !wanted.has(JSON.stringify(e)));
    this.docs.set(String(id), kept);
    return kept.length !== outbox.length;
  }

  async countPending(): Promise<number> {
    return [...this.docs.values()].filter((outbox) => outbox.length > 0).length;
  }
}

class FakePublisher implements OutboxPublisher {
  readonly published: OutboxEntry[] = [];
  concurrent = 0;
  maxConcurrent = 0;
  failNext = false;
  onPublish: () => void = () => undefined;

  async publishEntries(entries: readonly OutboxEntry[]): Promise<void> {
    this.concurrent += 1;
    this.maxConcurrent = Math.max(this.maxConcurrent, this.concurrent);
    await new Promise((resolve) => setImmediate(resolve));
    this.onPublish();
    this.concurrent -= 1;
    if (this.failNext) {
      this.failNext = false;
      throw new Error('broker down');
    }
    this.published.push(...entries);
  }
}

describe('OutboxRelay', () => {
  let store: FakeStore;
  let publisher: FakePublisher;
  let relay: OutboxRelay;

  beforeEach(() => {
    store = new FakeStore();
    publisher = new FakePublisher();
    relay = new OutboxRelay(publisher, { batchSize: 2 }).registerStore(store);
  });

  it('publishes each aggregate in array order and removes what it published', async () => {
    store.docs.set('a', [entry('a', 1), entry('a', 2), entry('a', 3)]);
    store.docs.set('b', [entry('b', 1)]);
    store.docs.set('c', [entry('c', 1), entry('c', 2)]);
    await relay.flush({ scan: true });
    for (const key of ['a', 'b', 'c']) {
      const sequences = publisher.published.filter((e) => e.key === key).map((e) => e.sequence);
      expect(sequences).toEqual([...sequences].sort((x, y) => x - y));
    }
    expect(publisher.published).toHaveLength(6);
    expect(await store.countPending()).toBe(0);
  });

  it('keeps entries appended while a pass was publishing, and their trigger gets one more pass', async () => {
    store.docs.set('a', [entry('a', 1)]);
    publisher.onPublish = () => {
      publisher.onPublish = () => undefined;
      // A write lands between our read and our $pullAll, then triggers like the app does.
      store.docs.get('a')?.push(entry('a', 2));
      relay.trigger({ collection: 'aggregates', id: 'a' });
    };
    await relay.flush({ scan: true });
    expect(publisher.published.map((e) => e.sequence)).toEqual([1, 2]);
    expect(store.docs.get('a')).toEqual([]);
  });

  it('coalesces triggers into one pass at a time', async () => {
    store.docs.set('a', [entry('a', 1)]);
    for (let i = 0; i < 20; i += 1) relay.trigger();
    await relay.flush({ scan: true });
    expect(publisher.maxConcurrent).toBe(1);
    expect(publisher.published).toHaveLength(1);
    // The burst costs the running pass plus one coalesced re-pass, not twenty.
    expect(store.finds).toBeLessThanOrEqual(4);
  });

  it('leaves entries in place when publishing fails, and publishes them next time', async () => {
    store.docs.set('a', [entry('a', 1), entry('a', 2)]);
    publisher.failNext = true;
    await expect(relay.flush({ scan: true })).rejects.toThrow('broker down');
    expect(store.docs.get('a')).toHaveLength(2);
    await relay.flush({ scan: true });
    expect(publisher.published.map((e) => e.sequence)).toEqual([1, 2]);
  });

  it('publishes a triggered aggregate by id, without scanning the collection', async () => {
    store.docs.set('a', [entry('a', 1), entry('a', 2)]);
    store.docs.set('b', [entry('b', 1)]);
    relay.trigger({ collection: 'aggregates', id: 'a' });
    await relay.flush();
    expect(store.finds).toBe(0);
    expect(publisher.published.map((e) => e.eventId)).toEqual(['a-1', 'a-2']);
    // 'b' was not named: it waits for the safety-net scan.
    expect(store.docs.get('b')).toHaveLength(1);
  });

  it('retries the targets of a failed pass once the broker is back', async () => {
    const retrying = new OutboxRelay(publisher, { retryDelayMs: 10 }).registerStore(store);
    store.docs.set('a', [entry('a', 1)]);
    publisher.failNext = true;
    retrying.trigger({ collection: 'aggregates', id: 'a' });
    for (let i = 0; i < 50 && publisher.published.length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(publisher.published.map((e) => e.eventId)).toEqual(['a-1']);
    expect(store.docs.get('a')).toEqual([]);
    expect(store.finds).toBe(0);
  });

  it('retries a failed scan (the start-up pass, whose first publish may meet a topic not served yet) without waiting for the periodic scan', async () => {
    const retrying = new OutboxRelay(publisher, { retryDelayMs: 10, pollIntervalMs: 3_600_000 }).registerStore(store);
    store.docs.set('left-behind', [entry('left-behind', 1)]);
    publisher.failNext = true;
    retrying.trigger();
    for (let i = 0; i < 50 && publisher.published.length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(publisher.published.map((e) => e.eventId)).toEqual(['left-behind-1']);
    expect(store.docs.get('left-behind')).toEqual([]);
  });
});
