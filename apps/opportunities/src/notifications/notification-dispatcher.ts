import { Injectable } from '@nestjs/common';
import { MailScheduler } from '../mail/scheduling/mail-scheduler';
import type { SubscriptionState } from '../subscriptions/domain/subscription';
import { WebhookDeliveryRepository } from '../webhooks/persistence/webhook-delivery.repository';
import { WebhookWorker } from '../webhooks/webhook-worker';
import type { FeedEntry } from './domain/feed-entry';
import { FeedRepository, type AppendResult, type NewNotification } from './persistence/feed.repository';

/** What the caller decides per subscriber; the dispatcher adds who it is for. */
export type NotificationContent = Omit<NewNotification, 'subscriptionId' | 'subscriber'>;

export interface Recipient {
  subscription: SubscriptionState;
  notification: NotificationContent;
}

/**
 * Appends notifications to their subscribers' feeds (which also queues them for the notification
 * topic, hence every replica's streams) and schedules their webhook deliveries and instant mail. Every step is
 * idempotent, so a re-processed cause completes whatever a crash left undone, and duplicates none.
 */
@Injectable()
export class NotificationDispatcher {
  constructor(
    private readonly feed: FeedRepository,
    private readonly deliveries: WebhookDeliveryRepository,
    private readonly webhookWorker: WebhookWorker,
    private readonly mail: MailScheduler,
  ) {}

  async notify(subscription: SubscriptionState, notification: NotificationContent): Promise<FeedEntry> {
    const [result] = await this.notifyAll([{ subscription, notification }]);
    return result.entry;
  }

  /** One cause, many subscribers: one feed batch for all of them. `created` is false for a notification sent before. */
  async notifyAll(recipients: readonly Recipient[]): Promise<AppendResult[]> {
    const results = await this.feed.appendMany(
      recipients.map(({ subscription, notification }) => ({
        ...notification,
        subscriptionId: subscription.subscriptionId,
        subscriber: subscription.subscriber,
      })),
    );
    let scheduled = false;
    for (const [index, { subscription }] of recipients.entries()) {
      const webhook = subscription.channels.webhook;
      if (webhook && (await this.deliveries.ensure(results[index].entry, webhook.status === 'disabled'))) scheduled = true;
    }
    if (scheduled) this.webhookWorker.trigger();
    await this.mail.scheduleInstant(recipients.map(({ subscription }, index) => ({ subscription, entry: results[index].entry })));
    return results;
  }
}
