import { Injectable } from '@nestjs/common';
import type { SubscriptionState } from '../subscriptions/subscription';
import { WebhookDeliveryRepository } from '../webhooks/webhook-delivery.repository';
import { WebhookWorker } from '../webhooks/webhook-worker';
import type { FeedEntry } from './feed-entry';
import { FeedRepository, type NewNotification } from './feed.repository';

/**
 * Appends one notification to a subscriber's feed (which also queues it for the notification
 * topic, hence every replica's streams) and schedules its webhook delivery. Every step is
 * idempotent, so a re-processed cause completes whatever a crash left undone, and duplicates none.
 */
@Injectable()
export class NotificationDispatcher {
  constructor(
    private readonly feed: FeedRepository,
    private readonly deliveries: WebhookDeliveryRepository,
    private readonly webhookWorker: WebhookWorker,
  ) {}

  async notify(subscription: SubscriptionState, notification: Omit<NewNotification, 'subscriptionId' | 'subscriber'>): Promise<FeedEntry> {
    const { entry } = await this.feed.append({
      ...notification,
      subscriptionId: subscription.subscriptionId,
      subscriber: subscription.subscriber,
    });
    const webhook = subscription.channels.webhook;
    if (webhook && (await this.deliveries.ensure(entry, webhook.status === 'disabled'))) this.webhookWorker.trigger();
    return entry;
  }
}
