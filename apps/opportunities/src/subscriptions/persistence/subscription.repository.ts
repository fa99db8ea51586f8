import { mongooseSnapshots, type SnapshotStore } from '@icn/messaging';
import { DATABASE_CONNECTION } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Connection, FilterQuery, Model } from 'mongoose';
import type { SubscriptionState } from '../domain/subscription';
import { SubscriptionSetVersion } from './subscription-set-version';
import { subscriptionSchema, type SubscriptionDocument } from './subscription.schema';

export interface SubscriptionListFilter {
  clusterId?: string;
  organisationId?: string;
}

/**
 * How long the in-memory live set is trusted without a token change. Only matters when a writer
 * died between a subscription commit and its token bump (restarting bumps it; this bounds the rest).
 */
const LIVE_CACHE_MAX_AGE_MS = 60_000;

/**
 * Subscriptions in the service's database: the snapshot store the write path brings forward
 * (SubscriptionAggregate is the only writer) and the read queries over it, with the live set cached
 * until the set-version token moves.
 */
@Injectable()
export class SubscriptionRepository implements OnModuleInit {
  readonly model: Model<SubscriptionDocument>;
  readonly snapshots: SnapshotStore<SubscriptionState>;
  readonly setVersion: SubscriptionSetVersion;
  /** The live subscriptions as of `token` (see allLive). */
  private liveCache: { token: string; loadedAt: number; subscriptions: SubscriptionState[] } | undefined;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.model = connection.model<SubscriptionDocument>('Subscription', subscriptionSchema);
    this.snapshots = mongooseSnapshots(this.model, { toDocument, toState });
    this.setVersion = new SubscriptionSetVersion(connection);
  }

  async onModuleInit(): Promise<void> {
    await this.model.init();
    // A replica killed between a subscription commit and its bump left the token behind: move it.
    await this.setVersion.bump();
  }

  async findById(subscriptionId: string): Promise<SubscriptionState | null> {
    const doc = await this.model.findById(subscriptionId).lean<SubscriptionDocument>().exec();
    return doc ? toState(doc) : null;
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
    const docs = await this.model.find({ deleted: false }).lean<SubscriptionDocument[]>().exec();
    const subscriptions = docs.map(toState);
    this.liveCache = token === undefined ? undefined : { token, loadedAt, subscriptions };
    return subscriptions;
  }

  /** One page in `_id` order after `afterId`; asks for `limit` rows (callers ask for one extra). */
  async list(filter: SubscriptionListFilter, limit: number, afterId?: string): Promise<SubscriptionState[]> {
    const query: FilterQuery<SubscriptionDocument> = { deleted: false };
    if (filter.clusterId !== undefined) query['subscriber.clusterId'] = filter.clusterId;
    if (filter.organisationId !== undefined) query['subscriber.organisationId'] = filter.organisationId;
    if (afterId !== undefined) query._id = { $gt: afterId };
    const docs = await this.model.find(query).sort({ _id: 1 }).limit(limit).lean<SubscriptionDocument[]>().exec();
    return docs.map(toState);
  }
}

/** Plain JSON (the Mixed fields keep exactly what was written). */
function toDocument(state: SubscriptionState): SubscriptionDocument {
  const { subscriptionId, ...fields } = state;
  return { ...(JSON.parse(JSON.stringify(fields)) as Omit<SubscriptionDocument, '_id'>), _id: subscriptionId };
}

/** The state back from a stored document: no `_id`, no legacy `outbox`. */
function toState(doc: SubscriptionDocument & { outbox?: unknown }): SubscriptionState {
  const { _id, outbox: _legacyOutbox, ...fields } = doc;
  return { ...fields, subscriptionId: _id };
}
