import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { FollowsModule } from '../reminders/follows.module';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { DeliveryConfigModule } from './delivery-config.module';
import { DeliveryTopicsBootstrap } from './feed-topics.bootstrap';
import { FeedModule } from './feed.module';
import { NotificationDispatcher } from './notification-dispatcher';
import { opportunityNotificationsConsumerGroup } from './consumer/opportunity-notifications.consumer';
import { OpportunityNotificationHandlers } from './consumer/opportunity-notifications.handlers';

/** Opportunity events -> matching -> durable feeds (+ webhook deliveries, instant mail) -> notification topic. */
@Module({
  imports: [DeliveryConfigModule, SubscriptionsModule, FeedModule, FollowsModule, WebhooksModule, MailModule],
  controllers: [OpportunityNotificationHandlers],
  providers: [DeliveryTopicsBootstrap, NotificationDispatcher, opportunityNotificationsConsumerGroup],
  exports: [NotificationDispatcher],
})
export class NotificationsModule {}
