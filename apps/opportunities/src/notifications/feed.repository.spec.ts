import type { OutboxStore } from '@icn/messaging';
import type { FeedEntryDocument } from './feed-entry.schema';
import { FeedRepository, type NewNotification } from './feed.repository';
import { FakeCollection, fakeConnection } from './testing/fake-collection';
import { anOpportunity } from './testing/opportunity-event.producer';

function setup() {
  const collection = new FakeCollection<FeedEntryDocument>(['notificationId']);
  let store: OutboxStore | undefined;
  const relay = { registerStore: (registered: OutboxStore) => (store = registered), trigger: jest.fn() };
  const feed = new FeedRepository(fakeConnection(collection), relay as never);
  return { collection, feed, relay, store: () => store as OutboxStore };
}

const notification = (notificationId: string, subscriptionId = 'sub-1'): NewNotification => ({
  notificationId,
  subscriptionId,
  subscriber: { kind: 'cluster', clusterId: 'clean' },
  kind: 'published',
  opportunity: anOpportunity('heat'),
  causedByEventId: `evt-${notificationId}`,
});

describe('FeedRepository', () => {
  it('appends gap-free seqs without looking notifications up by a non-_id field', async () => {
    const { collection, feed, relay } = setup();
    const first = await feed.append(notification('n1'));
    const second = await feed.append(notification('n2'));
    expect([first.entry.seq, second.entry.seq]).toEqual([1, 2]);
    expect([first.created, second.created]).toEqual([true, true]);
    expect(collection.nonIdFilters('findOne')).toEqual([]);
    expect(relay.trigger).toHaveBeenCalledTimes(2);
  });

  it('returns the existing entry when a notification is appended again (unique notification id), even after a restart', async () => {
    const { collection, feed } = setup();
    await feed.append(notification('n1'));
    await feed.append(notification('n2'));
    const again = await feed.append(notification('n1'));
    expect(again).toMatchObject({ created: false, entry: { seq: 1, notificationId: 'n1' } });
    // A fresh repository (no seq hints) over the same feed appends nothing twice either.
    const restarted = new FeedRepository(fakeConnection(collection), { registerStore: () => undefined, trigger: () => undefined } as never);
    expect(await restarted.append(notification('n2'))).toMatchObject({ created: false, entry: { seq: 2 } });
    expect(await restarted.append(notification('n3'))).toMatchObject({ created: true, entry: { seq: 3 } });
    expect(collection.docs.size).toBe(3);
  });

  it('takes the next seq when another writer owns the one it tried', async () => {
    const { collection, feed } = setup();
    await feed.append(notification('n1'));
    // Another replica appended seq 2 meanwhile.
    await collection.insertOne({ ...(collection.docs.get('sub-1:1') as FeedEntryDocument), _id: 'sub-1:2', seq: 2, notificationId: 'other' });
    expect(await feed.append(notification('n3'))).toMatchObject({ created: true, entry: { seq: 3 } });
  });

  it('reads a range in order, and an up-to-date reader with a single lookup', async () => {
    const { collection, feed } = setup();
    for (const id of ['n1', 'n2', 'n3', 'n4', 'n5']) await feed.append(notification(id));
    expect((await feed.readAfter('sub-1', 0, 500)).map((entry) => entry.seq)).toEqual([1, 2, 3, 4, 5]);
    expect((await feed.readAfter('sub-1', 1, 2)).map((entry) => entry.seq)).toEqual([2, 3]);
    expect((await feed.readAfter('sub-1', 2, 500, 4)).map((entry) => entry.seq)).toEqual([3, 4]);
    const before = collection.filters.length;
    expect(await feed.readAfter('sub-1', 5, 500)).toEqual([]);
    expect(collection.filters.length - before).toBe(1);
  });

  it('flags published entries off by _id alone, reporting whether anything changed', async () => {
    const { collection, feed, store } = setup();
    await feed.onModuleInit();
    await feed.append(notification('n1'));
    expect(await store().removePublished('sub-1:1', [])).toBe(true);
    expect(await store().removePublished('sub-1:1', [])).toBe(false);
    expect(collection.docs.get('sub-1:1')).toMatchObject({ pending: false, outbox: [] });
    expect(collection.nonIdFilters('updateOne')).toEqual([]);
  });
});
