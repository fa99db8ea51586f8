import { appendToOutbox, OutboxRelay, type OutboxEntry } from '@icn/messaging';
import { DATABASE_CONNECTION } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Connection, FilterQuery, Model } from 'mongoose';
import type { SubscriptionState } from './subscription';
import { SubscriptionSetVersion } from './subscription-set-version';
import { subscriptionSchema, type SubscriptionDocument } from './subscription.schema';

export interface SubscriptionListFilter {
  clusterId?: string;
  organisationId?: string;
}

/**
 * How long the in-memory live set is trusted without a token change. Only matters when a writer
 * died between a subscription write and its token bump (restarting bumps it; this bounds the rest).
 */
const LIVE_CACHE_MAX_AGE_MS = 60_000;

/**
 * Subscriptions in the service's database. Every write that changes the document runs under the
 * relay's per-aggregate lock (FerretDB updates are not atomic: a concurrent `$pullAll` of
 * published events could undo it); events ride in the same write (outbox).
 */
@Injectable()
export class SubscriptionRepository implements OnModuleInit {
  readonly model: Model<SubscriptionDocument>;
  private readonly setVersion: SubscriptionSetVersion;
  /** The live subscriptions as of `token` (see allLive). */
  private liveCache: { token: string; loadedAt: number; subscriptions: SubscriptionState[] } | undefined;

  constructor(
    @Inject(DATABASE_CONNECTION) connection: Connection,
    private readonly relay: OutboxRelay,
  ) {
    this.model = connection.model<SubscriptionDocument>('Subscription', subscriptionSchema);
    this.setVersion = new SubscriptionSetVersion(connection);
  }

  async onModuleInit(): Promise<void> {
    await this.model.init();
    this.relay.register(this.model);
    // A replica killed between a subscription write and its bump left the token behind: move it.
    await this.setVersion.bump();
  }

  /** Runs a read-decide-write of one subscription without interleaving with other writes to it in this process. */
  locked<R>(subscriptionId: string, work: () => Promise<R>): Promise<R> {
    return this.relay.withAggregateLock(this.model, subscriptionId, work);
  }

  async insert(state: SubscriptionState, entry: OutboxEntry): Promise<void> {
    await this.model.collection.insertOne({ ...toFields(state), _id: state.subscriptionId, outbox: [entry] } as never);
    await this.setVersion.bump();
    this.relay.trigger({ collection: this.model.collection.collectionName, id: state.subscriptionId });
  }

  /** Version-guarded replace with the event appended; call inside `locked`. */
  async replace(next: SubscriptionState, expectedVersion: number, entry?: OutboxEntry): Promise<boolean> {
    const result = await this.model.collection.updateOne(
      { _id: next.subscriptionId as never, version: expectedVersion },
      { $set: toFields(next), ...(entry ? appendToOutbox([entry]) : {}) } as never,
    );
    if (result.matchedCount === 1) await this.setVersion.bump();
    if (entry) this.relay.trigger({ collection: this.model.collection.collectionName, id: next.subscriptionId });
    return result.matchedCount === 1;
  }

  async findById(subscriptionId: string): Promise<SubscriptionState | null> {
    const doc = await this.model.collection.findOne({ _id: subscriptionId as never }, { projection: { outbox: 0 } });
    return doc ? toState(doc as unknown as SubscriptionDocument) : null;
  }

  async findLive(subscriptionId: string): Promise<SubscriptionState | null> {
    const state = await this.findById(subscriptionId);
    return state && !state.deleted ? state : null;
  }

  /** Every live subscription: the matcher's candidates (subscriptions number in the thousands at most). */
  async allLive(): Promise<SubscriptionState[]> {
    // The token is read before the scan: a change during the scan moves it, so the next call reloads.
    const token = await this.setVersion.current();
    const cache = this.liveCache;
    if (token !== undefined && cache?.token === token && Date.now() - cache.loadedAt < LIVE_CACHE_MAX_AGE_MS) return cache.subscriptions;
    const loadedAt = Date.now();
    const docs = await this.model.collection.find({ deleted: false }, { projection: { outbox: 0 } }).toArray();
    const subscriptions = docs.map((doc) => toState(doc as unknown as SubscriptionDocument));
    this.liveCache = token === undefined ? undefined : { token, loadedAt, subscriptions };
    return subscriptions;
  }

  async list(filter: SubscriptionListFilter, limit: number, afterId?: string): Promise<SubscriptionState[]> {
    const query: FilterQuery<SubscriptionDocument> = { deleted: false };
    if (filter.clusterId !== undefined) query['subscriber.clusterId'] = filter.clusterId;
    if (filter.organisationId !== undefined) query['subscriber.organisationId'] = filter.organisationId;
    if (afterId !== undefined) query._id = { $gt: afterId };
    const docs = await this.model.collection.find(query as never, { projection: { outbox: 0 } }).sort({ _id: 1 }).limit(limit).toArray();
    return docs.map((doc) => toState(doc as unknown as SubscriptionDocument));
  }
}

function toFields(state: SubscriptionState): Omit<SubscriptionDocument, '_id' | 'outbox'> {
  const { subscriptionId: _id, ...fields } = state;
  return JSON.parse(JSON.stringify(fields)) as Omit<SubscriptionDocument, '_id' | 'outbox'>;
}

function toState(doc: SubscriptionDocument): SubscriptionState {
  const { _id, outbox: _outbox, ...fields } = doc;
  return { ...fields, subscriptionId: _id };
}
