import type { NotificationKind } from '@icn/contracts';
import { Schema } from 'mongoose';

/** pending: due at nextAttemptAt once every earlier delivery of its subscription is done; suspended: the webhook is disabled; failed: retries exhausted. */
export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed', 'suspended'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface DeliveryAttempt {
  attempt: number;
  at: Date;
  durationMs: number;
  /** HTTP status, when the receiver answered. */
  statusCode?: number;
  /** Why it failed: timeout, connection refused, non-2xx … */
  error?: string;
  manual?: boolean;
}

/** One notification to one webhook. `_id` is the notification id, which is also the webhook-id header. */
export interface WebhookDeliveryDocument {
  _id: string;
  subscriptionId: string;
  seq: number;
  kind: NotificationKind;
  /** The exact body sent (the NotificationDelivered CloudEvent). */
  body: string;
  status: DeliveryStatus;
  attemptCount: number;
  attempts: DeliveryAttempt[];
  nextAttemptAt: Date;
  createdAt: Date;
  deliveredAt?: Date;
}

export const WEBHOOK_DELIVERIES_COLLECTION = 'webhook_deliveries';

/** Claims of one attempt (`<deliveryId>:<due time>`): the unique insert elects one worker across replicas. */
export const WEBHOOK_CLAIMS_COLLECTION = 'webhook_delivery_claims';

export const webhookDeliverySchema = new Schema<WebhookDeliveryDocument>(
  {
    _id: { type: String, required: true },
    subscriptionId: { type: String, required: true },
    seq: { type: Number, required: true },
    kind: { type: String, required: true },
    body: { type: String, required: true },
    status: { type: String, required: true },
    attemptCount: { type: Number, required: true },
    attempts: { type: Schema.Types.Mixed, default: [] },
    nextAttemptAt: { type: Date, required: true },
    createdAt: { type: Date, required: true },
    deliveredAt: Date,
  },
  { versionKey: false, timestamps: false, collection: WEBHOOK_DELIVERIES_COLLECTION },
);

// The worker's poll: the subscriptions with pending deliveries, and each one's head (lowest pending seq).
webhookDeliverySchema.index({ status: 1, subscriptionId: 1, seq: 1 });
// The delivery log of one subscription (newest first) and suspend / resume of its deliveries.
webhookDeliverySchema.index({ subscriptionId: 1, seq: -1 });
