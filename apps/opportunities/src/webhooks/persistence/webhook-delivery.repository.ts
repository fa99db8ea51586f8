import { DATABASE_CONNECTION } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Collection, Connection, Model } from 'mongoose';
import type { FeedEntry } from '../../notifications/domain/feed-entry';
import {
  WEBHOOK_CLAIMS_COLLECTION,
  webhookDeliverySchema,
  type DeliveryAttempt,
  type DeliveryStatus,
  type WebhookDeliveryDocument,
} from './webhook-delivery.schema';

interface ClaimDocument {
  _id: string;
  claimedAt: Date;
}

/**
 * Webhook deliveries scheduled in the database: the pipeline only inserts (never waits for a
 * receiver), the worker picks up what is due. Cross-replica safety comes from unique inserts
 * (a delivery per notification id, a claim per attempt), not from concurrent updates.
 */
@Injectable()
export class WebhookDeliveryRepository implements OnModuleInit {
  readonly model: Model<WebhookDeliveryDocument>;
  private readonly claims: Collection<ClaimDocument>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.model = connection.model<WebhookDeliveryDocument>('WebhookDelivery', webhookDeliverySchema);
    this.claims = connection.collection<ClaimDocument>(WEBHOOK_CLAIMS_COLLECTION) as unknown as Collection<ClaimDocument>;
  }

  private get collection(): Collection<WebhookDeliveryDocument> {
    return this.model.collection as unknown as Collection<WebhookDeliveryDocument>;
  }

  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  /** Schedules the entry for delivery (idempotent: the id is the notification id). True if new. */
  async ensure(entry: FeedEntry, suspended: boolean, now = new Date()): Promise<boolean> {
    try {
      await this.collection.insertOne({
        _id: entry.notificationId,
        subscriptionId: entry.subscriptionId,
        seq: entry.seq,
        kind: entry.kind,
        body: entry.event,
        status: suspended ? 'suspended' : 'pending',
        attemptCount: 0,
        attempts: [],
        nextAttemptAt: now,
        createdAt: now,
      });
      return true;
    } catch (error) {
      if ((error as { code?: unknown }).code === 11000) return false;
      throw error;
    }
  }

  /**
   * Subscriptions with deliveries waiting to be sent. Each is a lane: only its head (below) may be
   * attempted, so a receiver sees a subscription's notifications in feed order, whatever retries,
   * outages and replicas happen in between.
   */
  async subscriptionsWithPending(): Promise<string[]> {
    const ids: unknown[] = await this.collection.distinct('subscriptionId', { status: 'pending' });
    return ids.filter((id): id is string => typeof id === 'string');
  }

  /** The oldest delivery of the subscription not yet delivered (or given up): every later one waits for it. */
  async head(subscriptionId: string): Promise<WebhookDeliveryDocument | null> {
    return this.collection.find({ subscriptionId, status: 'pending' }).sort({ seq: 1 }).limit(1).next();
  }

  /**
   * Elects one worker for this attempt across replicas: the claim id names the delivery and the
   * due time it was read with, so it is unique per scheduled attempt. A claim left by a crashed
   * worker is detected by its age, and the delivery rescheduled (a new due time, a new claim id).
   */
  async claim(delivery: WebhookDeliveryDocument, staleAfterMs: number, now = new Date()): Promise<boolean> {
    const _id = `${delivery._id}:${delivery.nextAttemptAt.getTime()}`;
    try {
      await this.claims.insertOne({ _id, claimedAt: now });
      return true;
    } catch (error) {
      if ((error as { code?: unknown }).code !== 11000) throw error;
      const existing = await this.claims.findOne({ _id });
      if (existing && now.getTime() - existing.claimedAt.getTime() > staleAfterMs) {
        await this.collection.updateOne({ _id: delivery._id, status: 'pending', nextAttemptAt: delivery.nextAttemptAt }, { $set: { nextAttemptAt: now } });
      }
      return false;
    }
  }

  async recordAttempt(id: string, attempt: DeliveryAttempt, status: DeliveryStatus, nextAttemptAt: Date): Promise<void> {
    await this.collection.updateOne(
      { _id: id },
      {
        $set: { status, nextAttemptAt, ...(status === 'delivered' ? { deliveredAt: attempt.at } : {}) },
        $inc: { attemptCount: 1 },
        $push: { attempts: attempt },
      },
    );
  }

  async setStatus(id: string, status: DeliveryStatus): Promise<void> {
    await this.collection.updateOne({ _id: id }, { $set: { status } });
  }

  /** The webhook was disabled: its pending deliveries wait until the owner re-enables it. */
  async suspendPending(subscriptionId: string): Promise<void> {
    await this.collection.updateMany({ subscriptionId, status: 'pending' }, { $set: { status: 'suspended' } });
  }

  /** Re-enabled: everything that waited is due now, in feed order. */
  async resumeSuspended(subscriptionId: string, now = new Date()): Promise<void> {
    await this.collection.updateMany({ subscriptionId, status: 'suspended' }, { $set: { status: 'pending', nextAttemptAt: now } });
  }

  /** Manual redelivery: one more attempt now, with the same webhook-id. */
  async redeliver(subscriptionId: string, id: string, now = new Date()): Promise<WebhookDeliveryDocument | null> {
    const result = await this.collection.updateOne({ _id: id, subscriptionId }, { $set: { status: 'pending', nextAttemptAt: now } });
    return result.matchedCount === 1 ? this.findById(subscriptionId, id) : null;
  }

  async findById(subscriptionId: string, id: string): Promise<WebhookDeliveryDocument | null> {
    return this.collection.findOne({ _id: id, subscriptionId });
  }

  /** The delivery log, newest first; `beforeSeq` pages backwards. */
  async log(subscriptionId: string, limit: number, beforeSeq?: number, status?: DeliveryStatus): Promise<WebhookDeliveryDocument[]> {
    const query = {
      subscriptionId,
      ...(beforeSeq !== undefined ? { seq: { $lt: beforeSeq } } : {}),
      ...(status ? { status } : {}),
    };
    return this.collection.find(query, { projection: { body: 0 } }).sort({ seq: -1 }).limit(limit).toArray();
  }
}
