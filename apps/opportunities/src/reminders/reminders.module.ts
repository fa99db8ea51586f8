import { Module } from '@nestjs/common';
import { DeliveryConfigModule } from '../notifications/delivery-config.module';
import { FeedModule } from '../notifications/feed.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module';
import { FollowsModule } from './follows.module';
import { ReminderScheduler } from './reminder-scheduler';

@Module({
  imports: [DeliveryConfigModule, FollowsModule, FeedModule, SubscriptionsModule, NotificationsModule],
  providers: [ReminderScheduler],
  exports: [ReminderScheduler],
})
export class RemindersModule {}
