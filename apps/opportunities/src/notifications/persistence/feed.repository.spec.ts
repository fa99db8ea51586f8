import { createHash } from 'node:crypto';
import { EventContractViolation } from '@icn/contracts';
import type { OutboxEntry } from '@icn/messaging';
import type { FeedEntryDocument } from './feed-entry.schema';
import { FeedRepository, type NewNotification } from './feed.repository';
import { notificationEventIdOf, notificationIdOf } from '../domain/notification-id';
import { FakeCollection, fakeConnection } from '../testing/fake-collection';
import { anOpportunity } from '../testing/opportunity-event.producer';

function setup(collection = new FakeCollection<FeedEntryDocument>(['notificationId'])) {
  const published: OutboxEntry[][] = [];
  const publisher = { publishEntries: jest.fn(async (entries: OutboxEntry[]) => void published.push(entries)) };
  const feed = new FeedRepository(fakeConnection(collection), publisher as never);
  return { collection, feed, publisher, published };
}

/** Readable names in the tests, valid ids (a UUID per subscription, an `ntf_` id per notification) in the feed. */
const sub = (name: string): string => {
  const hex = createHash('md5').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};
const ntf = (name: string): string => notificationIdOf(sub('any'), name);
const names = new Map<string, string>();
const nameOf = (id: string): string => names.get(id) ?? id;

const notification = (name: string, subscriptionName = 'sub-1'): NewNotification => {
  const [notificationId, subscriptionId] = [ntf(name), sub(subscriptionName)];
  names.set(notificationId, name).set(subscriptionId, subscriptionName).set(notificationEventIdOf(notificationId), name);
  return {
    notificationId,
    subscriptionId,
    subscriber: { kind: 'cluster', clusterId: 'clean' },
    kind: 'published',
    opportunity: anOpportunity('heat'),
    causedByEventId: `evt-${name}`,
  };
};

describe('FeedRepository', () => {
  it('appends gap-free seqs without looking notifications up by a non-_id field', async () => {
    const { collection, feed, publisher } = setup();
    const first = await feed.append(notification('n1'));
    const second = await feed.append(notification('n2'));
    expect([first.entry.seq, second.entry.seq]).toEqual([1, 2]);
    expect([first.created, second.created]).toEqual([true, true]);
    expect(collection.nonIdFilters('findOne')).toEqual([]);
    expect(publisher.publishEntries).toHaveBeenCalledTimes(2);
  });

  it('appends one cause for many subscribers in one insert and publishes them in one batch', async () => {
    const { collection, feed, published } = setup();
    await feed.append(notification('warm-up', 'sub-1'));
    const inserts = () => collection.filters.filter((call) => call.method.startsWith('insert')).length;
    const before = inserts();
    const results = await feed.appendMany(['sub-1', 'sub-2', 'sub-3'].map((sub) => notification(`n-${sub}`, sub)));
    expect(results.map((result) => [nameOf(result.entry.subscriptionId), result.entry.seq, result.created])).toEqual([
      ['sub-1', 2, true],
      ['sub-2', 1, true],
      ['sub-3', 1, true],
    ]);
    expect(inserts() - before).toBe(1);
    const batch = published[1];
    expect(batch.map((entry) => [entry.topic, nameOf(entry.key), entry.sequence, nameOf(entry.eventId)])).toEqual([
      ['icn.opportunities.notification.v1', 'sub-1', 2, 'n-sub-1'],
      ['icn.opportunities.notification.v1', 'sub-2', 1, 'n-sub-2'],
      ['icn.opportunities.notification.v1', 'sub-3', 1, 'n-sub-3'],
    ]);
    expect(batch[0].value).toBe(results[0].entry.event);
    // The CloudEvent id is a UUID derived from the notification id (the envelope's format: uuid).
    expect(JSON.parse(batch[0].value)).toMatchObject({ id: notificationEventIdOf(ntf('n-sub-1')), subjectsequence: 2 });
    expect(batch[0].eventId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('publishes a large fan-out in chunks the broker accepts, in order', async () => {
    const { feed, published } = setup();
    const subscriptions = Array.from({ length: 450 }, (_, i) => `sub-${String(i).padStart(3, '0')}`);
    await feed.appendMany(subscriptions.map((sub) => notification(`n-${sub}`, sub)));
    expect(published.map((batch) => batch.length)).toEqual([200, 200, 50]);
    expect(published.flat().map((entry) => nameOf(entry.key))).toEqual(subscriptions);
  });

  it('keeps the order of several notifications for one subscription in a batch', async () => {
    const { feed } = setup();
    const results = await feed.appendMany([notification('a', 'sub-1'), notification('b', 'sub-2'), notification('c', 'sub-1')]);
    expect(results.map((result) => `${nameOf(result.entry.notificationId)}@${result.entry.seq}`)).toEqual(['a@1', 'b@1', 'c@2']);
  });

  it('returns the existing entry when a notification is appended again (unique notification id), even after a restart', async () => {
    const { collection, feed } = setup();
    await feed.append(notification('n1'));
    await feed.append(notification('n2'));
    const again = await feed.append(notification('n1'));
    expect(again).toMatchObject({ created: false, entry: { seq: 1, notificationId: ntf('n1') } });
    // A fresh repository (no seq hints) over the same feed appends nothing twice either.
    const { feed: restarted } = setup(collection);
    expect(await restarted.append(notification('n2'))).toMatchObject({ created: false, entry: { seq: 2 } });
    expect(await restarted.append(notification('n3'))).toMatchObject({ created: true, entry: { seq: 3 } });
    expect(collection.docs.size).toBe(3);
  });

  it('re-publishes the entries of a re-processed batch and appends only what is new', async () => {
    const { collection, feed } = setup();
    await feed.appendMany([notification('x', 'sub-1'), notification('y', 'sub-2')]);
    const { feed: restarted, published } = setup(collection);
    const again = await restarted.appendMany([notification('x', 'sub-1'), notification('y', 'sub-2'), notification('z', 'sub-3')]);
    expect(again.map((result) => result.created)).toEqual([false, false, true]);
    expect(collection.docs.size).toBe(3);
    // Found entries go out again: a crash may have come between their append and their publication.
    expect(published[0].map((entry) => nameOf(entry.eventId))).toEqual(['x', 'y', 'z']);
  });

  it('takes the next seq when another writer owns the one it tried', async () => {
    const { collection, feed } = setup();
    await feed.append(notification('n1'));
    // Another replica appended seq 2 meanwhile.
    await collection.insertOne({ ...(collection.docs.get(`${sub('sub-1')}:1`) as FeedEntryDocument), _id: `${sub('sub-1')}:2`, seq: 2, notificationId: ntf('other') });
    expect(await feed.append(notification('n3'))).toMatchObject({ created: true, entry: { seq: 3 } });
  });

  it('reads a range in order, and an up-to-date reader with a single lookup', async () => {
    const { collection, feed } = setup();
    for (const id of ['n1', 'n2', 'n3', 'n4', 'n5']) await feed.append(notification(id));
    expect((await feed.readAfter(sub('sub-1'), 0, 500)).map((entry) => entry.seq)).toEqual([1, 2, 3, 4, 5]);
    expect((await feed.readAfter(sub('sub-1'), 1, 2)).map((entry) => entry.seq)).toEqual([2, 3]);
    expect((await feed.readAfter(sub('sub-1'), 2, 500, 4)).map((entry) => entry.seq)).toEqual([3, 4]);
    const before = collection.filters.length;
    expect(await feed.readAfter(sub('sub-1'), 5, 500)).toEqual([]);
    expect(collection.filters.length - before).toBe(1);
  });

  it('refuses a batch holding a notification its contract rejects before writing or publishing any of it', async () => {
    const { collection, feed, publisher } = setup();
    const invalid = { ...notification('bad', 'sub-2'), kind: 'teleported' } as unknown as NewNotification;
    // The invalid one comes in the second round (a second notification of sub-1 follows it), so a
    // guard that only checked each round before its insert would leave the first round half-written.
    const batch = [notification('ok-1', 'sub-1'), invalid, notification('ok-2', 'sub-1')];
    await expect(feed.appendMany(batch)).rejects.toBeInstanceOf(EventContractViolation);
    await expect(feed.appendMany([notification('ok-1', 'sub-1'), notification('ok-2', 'sub-1'), { ...invalid, subscriptionId: sub('sub-1') }])).rejects.toThrow(
      /notification\.kind/,
    );
    expect(collection.docs.size).toBe(0);
    expect(publisher.publishEntries).not.toHaveBeenCalled();
  });
});
