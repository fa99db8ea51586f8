import { NotificationDelivered, type CloudEvent, type NotificationDeliveredV1, type NotificationV1 } from '@icn/contracts';
import { buildEvent, EventPublisher, traceCarrierOfEvent, type OutboxEntry, type TraceCarrier } from '@icn/messaging';
import { DATABASE_CONNECTION, isDuplicateKeyError } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Collection, Connection, Model } from 'mongoose';
import { OPPORTUNITIES_EVENT_SOURCE as DELIVERY_EVENT_SOURCE } from '../../opportunities-event-source';
import type { FeedEntry } from '../domain/feed-entry';
import { feedEntrySchema, type FeedEntryDocument } from './feed-entry.schema';
import { insertManyUnordered } from './insert-many-unordered';
import { assertNotificationEventsConform } from './notification-events-conformance';
import { notificationEventIdOf } from '../domain/notification-id';

/** A notification to append; `seq` and `createdAt` are assigned by the feed. */
export type NewNotification = Omit<NotificationV1, 'seq' | 'createdAt'>;

/** A notification whose event its contract accepted, waiting for its feed position. */
interface CheckedNotification {
  notification: NewNotification;
  event: CloudEvent<NotificationDeliveredV1>;
  createdAt: Date;
}

export interface AppendResult {
  entry: FeedEntry;
  /** False when this notification id was already in the feed (a re-processed cause). */
  created: boolean;
}

/** Inserts that keep hitting taken seqs mean something is badly wrong; fail the event (it is retried). */
const MAX_SEQ_PROBES = 10_000;

/** Feed ids looked up in parallel when reading a range. */
const LOOKUP_WINDOW = 50;

/** Notifications per Kafka batch: ~2 KB each, so ~400 KB, spread over the topic's partitions. */
const PUBLISH_CHUNK = 200;

/** Feeds whose last seq is probed in parallel (each probe is O(log n) `_id` lookups). */
const PROBE_CONCURRENCY = 16;


function feedId(subscriptionId: string, seq: number): string {
  return `${subscriptionId}:${seq}`;
}

const PROJECTION = { subscriptionId: 1, seq: 1, notificationId: 1, kind: 1, opportunityId: 1, event: 1 } as const;

/**
 * The durable, gap-free feed of each subscription.
 *
 * Sequencing without transactions or atomic counters (FerretDB): a writer inserts
 * `_id = <subscriptionId>:<seq>`; a duplicate-key error means another writer owns that seq, so it
 * tries seq+1. The first seq tried is the last one this process wrote + 1, or the feed's highest
 * + 1, never more — so seq N is only ever inserted after N-1 existed, and a reader that sees N can
 * read every seq below it. The unique notification id makes appends idempotent across replicas.
 *
 * Cost per cause (an opportunity event, a reminder): one `insertMany` of every subscriber's entry,
 * then one Kafka batch to the notification topic — not a write per subscriber per step (ADR 7).
 * No outbox: the cause itself is the retry. Its handler completes only after the batch is
 * acknowledged, so a crash in between re-processes the cause, which finds the stored entries
 * (unique notification id) and publishes them again.
 */
@Injectable()
export class FeedRepository implements OnModuleInit {
  readonly model: Model<FeedEntryDocument>;
  /** All appends of this process take turns: seq hints are shared state, and a batch spans many feeds. */
  private appendTail: Promise<void> = Promise.resolve();
  /** Next seq to try per subscription (a hint: a stale value only costs a duplicate-key probe). */
  private readonly nextSeq = new Map<string, number>();

  constructor(
    @Inject(DATABASE_CONNECTION) connection: Connection,
    private readonly publisher: EventPublisher,
  ) {
    this.model = connection.model<FeedEntryDocument>('FeedEntry', feedEntrySchema);
  }

  /** Runs after every append queued before it (in call order), whether that one failed or not. */
  private inTurn<R>(work: () => Promise<R>): Promise<R> {
    const result = this.appendTail.then(work);
    this.appendTail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  private get collection(): Collection<FeedEntryDocument> {
    return this.model.collection as unknown as Collection<FeedEntryDocument>;
  }

  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  async append(notification: NewNotification): Promise<AppendResult> {
    const [result] = await this.appendMany([notification]);
    return result;
  }

  /**
   * Appends (or finds) each notification in its subscription's feed, then publishes all of them to
   * the notification topic (every replica's streams) and resolves once Kafka acknowledged them.
   * Notifications for one subscription keep their order in the array. Found entries are published
   * again: a crash may have come between the append and the publication.
   */
  async appendMany(notifications: readonly NewNotification[]): Promise<AppendResult[]> {
    if (notifications.length === 0) return [];
    // Every event of the batch is checked against its contract before the first insert: one that
    // the contract rejects (a bug) fails the whole cause with nothing written or published.
    const checked = checkedNotifications(notifications, new Date());
    const results = await this.inTurn(() => this.insertEntries(checked));
    const publishedAt = new Date();
    const entries = results.map((result, index) => outboxEntryOf(result.entry, publishedAt, result.created ? traceCarrierOfEvent(checked[index].event) : storedTraceCarrierOf(result.entry)));
    // In order, one chunk at a time: a batch for thousands of subscribers would exceed the broker's
    // maximum batch size (1 MB per partition by default) and be refused whole.
    for (let start = 0; start < entries.length; start += PUBLISH_CHUNK) {
      await this.publisher.publishEntries(entries.slice(start, start + PUBLISH_CHUNK));
    }
    return results;
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

  /**
   * Under the append lock. One `insertMany` per round, each round holding at most one notification
   * per subscription (so a clash can never let a later notification of a feed overtake an earlier
   * one); probing only where an insert clashed.
   */
  private async insertEntries(checked: readonly CheckedNotification[]): Promise<AppendResult[]> {
    const notifications = checked.map((item) => item.notification);
    const unknown = [...new Set(notifications.map((n) => n.subscriptionId))].filter((id) => !this.nextSeq.has(id));
    // A few feeds at a time: probing a thousand new feeds at once is a burst FerretDB does not survive.
    for (let start = 0; start < unknown.length; start += PROBE_CONCURRENCY) {
      const batch = unknown.slice(start, start + PROBE_CONCURRENCY);
      const lastSeqs = await Promise.all(batch.map((id) => this.lastSeq(id)));
      batch.forEach((id, index) => this.nextSeq.set(id, lastSeqs[index] + 1));
    }

    const results = new Array<AppendResult>(notifications.length);
    for (const round of roundsOfDistinctSubscriptions(notifications)) {
      const documents = round.map((index) => {
        const notification = notifications[index];
        return documentFor(checked[index], this.nextSeq.get(notification.subscriptionId) as number);
      });
      let clashed: Set<number>;
      try {
        clashed = await insertManyUnordered(this.collection, documents);
      } catch (error) {
        // Part of the round may be stored: forget the hints, the next append re-reads the feeds.
        for (const document of documents) this.nextSeq.delete(document.subscriptionId);
        throw error;
      }
      for (const [position, document] of documents.entries()) {
        const index = round[position];
        if (clashed.has(position)) {
          // Appended before (a re-processed cause), or another writer took the seq: decide alone.
          results[index] = await this.insertProbing(checked[index]);
        } else {
          this.nextSeq.set(document.subscriptionId, document.seq + 1);
          results[index] = { entry: toEntry(document), created: true };
        }
      }
    }
    return results;
  }

  private async insertProbing(item: CheckedNotification): Promise<AppendResult> {
    const { notification } = item;
    const subscriptionId = notification.subscriptionId;
    let seq = this.nextSeq.get(subscriptionId) ?? (await this.lastSeq(subscriptionId)) + 1;
    for (let probe = 0; probe < MAX_SEQ_PROBES; probe++, seq++) {
      const document = documentFor(item, seq);
      try {
        await this.collection.insertOne(document);
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        // Only on a clash: on FerretDB a look-up by notification id reads the whole feed.
        const appended = await this.findByNotificationId(notification.notificationId);
        if (appended) return { entry: appended, created: false };
        continue;
      }
      this.nextSeq.set(subscriptionId, seq + 1);
      return { entry: toEntry(document), created: true };
    }
    throw new Error(`no free feed position for subscription ${subscriptionId} after ${MAX_SEQ_PROBES} probes`);
  }
}

/**
 * Builds (and checks against the contract) each notification's event once, at feed position 1; the
 * feed then only fills in the position it assigns (an integer ≥ 1, as checked), however often an
 * insert has to probe for a free one. One `createdAt` for the batch: its events then differ only in
 * who they are for. The first is built by buildEvent (correlation and causation from the flow in
 * progress); the others are that envelope with their own id and subject — and their own id as the
 * correlation when the first one started its own (no flow in progress), as buildEvent would — and
 * the batch is checked by assertNotificationEventsConform, whole once per distinct content.
 */
function checkedNotifications(notifications: readonly NewNotification[], createdAt: Date): CheckedNotification[] {
  let first: CloudEvent<NotificationDeliveredV1> | undefined;
  const checked = notifications.map((notification): CheckedNotification => {
    const id = notificationEventIdOf(notification.notificationId);
    const data = { notification: { ...notification, seq: 1, createdAt: createdAt.toISOString() } };
    if (first === undefined) {
      first = buildEvent(NotificationDelivered, { id, subject: notification.subscriptionId, sequence: 1, data, source: DELIVERY_EVENT_SOURCE, time: createdAt });
      return { notification, event: first, createdAt };
    }
    const correlationid = first.correlationid === first.id ? id : first.correlationid;
    return { notification, event: { ...first, id, subject: notification.subscriptionId, correlationid, data }, createdAt };
  });
  assertNotificationEventsConform(
    checked.map((item) => item.event),
    first,
  );
  return checked;
}

function documentFor({ notification, event, createdAt }: CheckedNotification, seq: number): FeedEntryDocument {
  const positioned: CloudEvent<NotificationDeliveredV1> = { ...event, subjectsequence: seq, data: { notification: { ...event.data.notification, seq } } };
  return {
    _id: feedId(notification.subscriptionId, seq),
    subscriptionId: notification.subscriptionId,
    seq,
    notificationId: notification.notificationId,
    kind: notification.kind,
    opportunityId: notification.opportunity.opportunityId,
    event: JSON.stringify(positioned),
    createdAt,
  };
}

/**
 * The stored event, exactly as SSE replay and webhooks send it, keyed by subscription (one partition
 * per feed, in order), with the trace context it carries for the Kafka headers (ADR 15).
 */
function outboxEntryOf(entry: FeedEntry, createdAt: Date, trace: TraceCarrier): OutboxEntry {
  return {
    ...trace,
    eventId: notificationEventIdOf(entry.notificationId),
    topic: NotificationDelivered.topic,
    key: entry.subscriptionId,
    type: NotificationDelivered.type,
    sequence: entry.seq,
    value: entry.event,
    createdAt,
  };
}

/** The trace context of an entry stored by an earlier attempt at the same cause (rare: a re-processed cause). */
function storedTraceCarrierOf(entry: FeedEntry): TraceCarrier {
  const stored = JSON.parse(entry.event) as Pick<CloudEvent, 'traceparent' | 'tracestate'>;
  return traceCarrierOfEvent(stored);
}

/** Indexes of `notifications` split into rounds in which each subscription appears at most once, in order. */
function roundsOfDistinctSubscriptions(notifications: readonly NewNotification[]): number[][] {
  const rounds: number[][] = [];
  const seen = new Map<string, number>();
  notifications.forEach((notification, index) => {
    const round = seen.get(notification.subscriptionId) ?? 0;
    seen.set(notification.subscriptionId, round + 1);
    (rounds[round] ??= []).push(index);
  });
  return rounds;
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
