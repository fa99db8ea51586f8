import { Module } from '@nestjs/common';
import { SubscriptionRepository } from './subscription.repository';
import { SubscriptionsController } from './subscriptions.controller';
import { SubscriptionsService } from './subscriptions.service';

@Module({
  controllers: [SubscriptionsController],
  providers: [SubscriptionRepository, SubscriptionsService],
  // The matcher, streams, webhooks, reminders and the calendar read subscriptions.
  exports: [SubscriptionRepository, SubscriptionsService],
})
export class SubscriptionsModule {}
