import type { NotificationKind } from '@icn/contracts';
import { Schema } from 'mongoose';

/**
 * One notification in a subscription's durable feed. `_id` = `<subscriptionId>:<seq>`, inserted
 * with that unique id: whoever inserts seq N first owns it, and an insert is only attempted for
 * N after N-1 was seen to exist — so the feed has no gaps, even with several writers.
 */
export interface FeedEntryDocument {
  _id: string;
  subscriptionId: string;
  seq: number;
  notificationId: string;
  kind: NotificationKind;
  opportunityId: string;
  /** The NotificationDelivered CloudEvent, serialised once: SSE, webhooks and Kafka send these exact bytes. */
  event: string;
  createdAt: Date;
}

export const FEED_COLLECTION = 'notification_feed';

export const feedEntrySchema = new Schema<FeedEntryDocument>(
  {
    _id: { type: String, required: true },
    subscriptionId: { type: String, required: true },
    seq: { type: Number, required: true },
    notificationId: { type: String, required: true },
    kind: { type: String, required: true },
    opportunityId: { type: String, required: true },
    event: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false, timestamps: false, collection: FEED_COLLECTION },
);

// No index for reading a feed: replay, backfill and "last seq" go by `_id` (`<subscriptionId>:<seq>`),
// which FerretDB looks up directly, while it would read the whole collection for any other filter.
// Idempotency: one notification id once per feed, enforced by the database across replicas.
feedEntrySchema.index({ notificationId: 1 }, { unique: true });
// Entries are never modified: they reach the notification topic through notification_publications.
