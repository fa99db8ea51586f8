import { Schema } from 'mongoose';
import type { SubscriptionState } from '../domain/subscription';

/**
 * The subscription's snapshot (ADR 12), brought forward by the write path only; documents written
 * before it may still carry an `outbox` array, which is ignored.
 */
export interface SubscriptionDocument extends Omit<SubscriptionState, 'subscriptionId'> {
  _id: string;
}

export const SUBSCRIPTIONS_COLLECTION = 'subscriptions';

export const subscriptionSchema = new Schema<SubscriptionDocument>(
  {
    _id: { type: String, required: true },
    // Plain objects: their shapes are validated by the DTOs and the contract classes, and a
    // Mixed field keeps mongoose from reordering or casting what we wrote.
    subscriber: { type: Schema.Types.Mixed, required: true },
    name: { type: String, required: true },
    filters: { type: Schema.Types.Mixed, required: true },
    channels: { type: Schema.Types.Mixed, required: true },
    createdBy: { type: String, required: true },
    version: { type: Number, required: true },
    createdAt: { type: String, required: true },
    updatedAt: { type: String, required: true },
    deleted: { type: Boolean, required: true },
  },
  { versionKey: false, timestamps: false, collection: SUBSCRIPTIONS_COLLECTION, minimize: false },
);

// Serves GET /subscriptions for a cluster manager (all of its cluster's) and a member (its organisation's),
// in _id order for keyset pagination.
subscriptionSchema.index({ 'subscriber.clusterId': 1, 'subscriber.organisationId': 1, _id: 1 });
// Deleted subscriptions stay as tombstones (a reused id must not look new); the matcher
// and the webhook worker load the live ones only.
subscriptionSchema.index({ deleted: 1 });
