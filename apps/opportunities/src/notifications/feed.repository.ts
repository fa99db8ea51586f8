import { NotificationDelivered, type NotificationV1 } from '@icn/contracts';
import { buildEvent, KeyedMutex, OutboxRelay, toOutboxEntry, type OutboxStore, type PendingAggregate } from '@icn/messaging';
import { DATABASE_CONNECTION } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Collection, Connection, Model } from 'mongoose';
import { DELIVERY_EVENT_SOURCE } from '../subscriptions/subscriptions.service';
import type { FeedEntry } from './feed-entry';
import { feedEntrySchema, type FeedEntryDocument } from './feed-entry.schema';

/** A notification to append; `seq` and `createdAt` are assigned by the feed. */
export type NewNotification = Omit<NotificationV1, 'seq' | 'createdAt'>;

export interface AppendResult {
  entry: FeedEntry;
  /** False when this notification id was already in the feed (a re-processed cause). */
  created: boolean;
}

/** Inserts that keep hitting taken seqs mean something is badly wrong; fail the event (it is retried). */
const MAX_SEQ_PROBES = 10_000;

/** Feed ids looked up in parallel when reading a range. */
const LOOKUP_WINDOW = 50;

function feedId(subscriptionId: string, seq: number): string {
  return `${subscriptionId}:${seq}`;
}

const PROJECTION = { subscriptionId: 1, seq: 1, notificationId: 1, kind: 1, opportunityId: 1, event: 1 } as const;

/**
 * The durable, gap-free feed of each subscription, and the outbox of the notification topic.
 *
 * Sequencing without transactions or atomic counters (FerretDB): a writer inserts
 * `_id = <subscriptionId>:<seq>`; a duplicate-key error means another writer owns that seq, so it
 * tries seq+1. The first seq tried is the last one this process wrote + 1, or the feed's highest
 * + 1, never more — so seq N is only ever inserted after N-1 existed, and a reader that sees N can
 * read every seq below it. The unique notification id makes appends idempotent across replicas.
 */
@Injectable()
export class FeedRepository implements OnModuleInit {
  readonly model: Model<FeedEntryDocument>;
  private readonly locks = new KeyedMutex();
  /** Next seq to try per subscription (a hint: a stale value only costs a duplicate-key probe). */
  private readonly nextSeq = new Map<string, number>();

  constructor(
    @Inject(DATABASE_CONNECTION) connection: Connection,
    private readonly relay: OutboxRelay,
  ) {
    this.model = connection.model<FeedEntryDocument>('FeedEntry', feedEntrySchema);
  }

  private get collection(): Collection<FeedEntryDocument> {
    return this.model.collection as unknown as Collection<FeedEntryDocument>;
  }

  async onModuleInit(): Promise<void> {
    await this.model.init();
    this.relay.registerStore(this.outboxStore());
  }

  /** Appends (or finds) the notification; the relay then publishes it to the notification topic. */
  append(notification: NewNotification): Promise<AppendResult> {
    const subscriptionId = notification.subscriptionId;
    return this.locks.run(subscriptionId, async () => {
      // No look-up by notification id first: on FerretDB that query reads the whole, ever-growing
      // feed. The unique index on notificationId rejects a re-appended notification instead, and
      // only then (a duplicate-key error, rare) is the existing entry looked up.
      let seq = this.nextSeq.get(subscriptionId) ?? (await this.lastSeq(subscriptionId)) + 1;
      for (let probe = 0; probe < MAX_SEQ_PROBES; probe++, seq++) {
        const document = this.documentFor(notification, seq);
        try {
          await this.collection.insertOne(document);
        } catch (error) {
          if (!isDuplicateKey(error)) throw error;
          const appended = await this.findByNotificationId(notification.notificationId);
          if (appended) return { entry: appended, created: false };
          continue;
        }
        this.nextSeq.set(subscriptionId, seq + 1);
        // Publish this entry now, looked up by _id (the periodic scan is only the safety net).
        this.relay.trigger({ collection: this.collection.collectionName, id: document._id });
        return { entry: toEntry(document), created: true };
      }
      throw new Error(`no free feed position for subscription ${subscriptionId} after ${MAX_SEQ_PROBES} probes`);
    });
  }

  /**
   * Entries after `afterSeq` (up to `untilSeq`), in order: stream replay and gap backfill. Read by
   * `_id` (`<subscriptionId>:<seq>`), the one lookup FerretDB answers without reading the whole
   * collection; the feed is gap-free, so the first missing id is the end.
   */
  async readAfter(subscriptionId: string, afterSeq: number, limit: number, untilSeq?: number): Promise<FeedEntry[]> {
    const last = untilSeq === undefined ? afterSeq + limit : Math.min(untilSeq, afterSeq + limit);
    const entries: FeedEntry[] = [];
    // The window starts at one id and doubles: a client that is up to date (every connect after
    // the first, every resync) costs one lookup instead of LOOKUP_WINDOW, which mattered when
    // thousands of streams connect or resync at once.
    let window = 1;
    for (let from = afterSeq + 1; from <= last; from += window, window = Math.min(window * 2, LOOKUP_WINDOW)) {
      const seqs = Array.from({ length: Math.min(window, last - from + 1) }, (_, i) => from + i);
      const docs = await Promise.all(seqs.map((seq) => this.collection.findOne({ _id: feedId(subscriptionId, seq) }, { projection: PROJECTION })));
      for (const doc of docs) {
        if (!doc) return entries;
        entries.push(toEntry(doc));
      }
    }
    return entries;
  }

  async findByNotificationId(notificationId: string): Promise<FeedEntry | null> {
    const doc = await this.collection.findOne({ notificationId }, { projection: PROJECTION });
    return doc ? toEntry(doc) : null;
  }

  /**
   * The feed's highest seq, by probing ids (gap-free: seq n exists iff n <= last): doubling, then
   * bisection — O(log n) `_id` lookups instead of a sort over the collection.
   */
  async lastSeq(subscriptionId: string): Promise<number> {
    const exists = async (seq: number): Promise<boolean> =>
      (await this.collection.findOne({ _id: feedId(subscriptionId, seq) }, { projection: { _id: 1 } })) !== null;
    if (!(await exists(1))) return 0;
    let low = 1;
    let high = 2;
    while (await exists(high)) {
      low = high;
      high *= 2;
    }
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (await exists(middle)) low = middle;
      else high = middle;
    }
    return low;
  }

  private documentFor(notification: NewNotification, seq: number): FeedEntryDocument {
    const createdAt = new Date();
    const data: NotificationV1 = { ...notification, seq, createdAt: createdAt.toISOString() };
    const event = buildEvent(NotificationDelivered, {
      id: notification.notificationId,
      subject: notification.subscriptionId,
      sequence: seq,
      data: { notification: data },
      source: DELIVERY_EVENT_SOURCE,
      time: createdAt,
    });
    const entry = toOutboxEntry(event, NotificationDelivered.topic, createdAt);
    return {
      _id: feedId(notification.subscriptionId, seq),
      subscriptionId: notification.subscriptionId,
      seq,
      notificationId: notification.notificationId,
      kind: notification.kind,
      opportunityId: notification.opportunity.opportunityId,
      event: entry.value,
      createdAt,
      pending: true,
      outbox: [entry],
    };
  }

  /**
   * The relay's view of the feed: pending entries found through the `pending` index (a scan for a
   * non-empty outbox would read the whole, ever-growing feed), published ones flagged off. An entry
   * is never modified otherwise, so the flag update cannot undo another write.
   */
  private outboxStore(): OutboxStore {
    const collection = this.collection;
    const store = {
      name: collection.collectionName,
      async findPending(limit: number) {
        const docs = await collection.find({ pending: true }, { projection: { outbox: 1, subscriptionId: 1, seq: 1 } }).limit(limit).toArray();
        // Publish each feed in seq order (same key, same partition) so live streams rarely see gaps.
        docs.sort((a, b) => (a.subscriptionId === b.subscriptionId ? a.seq - b.seq : a.subscriptionId < b.subscriptionId ? -1 : 1));
        return docs.map((doc): PendingAggregate => ({ _id: doc._id, outbox: doc.outbox }));
      },
      async findPendingById(id: unknown): Promise<PendingAggregate | undefined> {
        const doc = await collection.findOne({ _id: String(id) }, { projection: { outbox: 1 } });
        return doc && doc.outbox.length > 0 ? { _id: doc._id, outbox: doc.outbox } : undefined;
      },
      async removePublished(id: unknown) {
        // By `_id` alone: FerretDB reads the whole collection for any further condition. Setting
        // an already-published entry again modifies nothing, so modifiedCount still tells.
        const result = await collection.updateOne({ _id: String(id) }, { $set: { pending: false, outbox: [] } });
        return result.modifiedCount > 0;
      },
      countPending: () => collection.countDocuments({ pending: true }),
    };
    return store;
  }
}

function toEntry(doc: Pick<FeedEntryDocument, 'subscriptionId' | 'seq' | 'notificationId' | 'kind' | 'opportunityId' | 'event'>): FeedEntry {
  return {
    subscriptionId: doc.subscriptionId,
    seq: doc.seq,
    notificationId: doc.notificationId,
    kind: doc.kind,
    opportunityId: doc.opportunityId,
    event: doc.event,
  };
}

export function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}
