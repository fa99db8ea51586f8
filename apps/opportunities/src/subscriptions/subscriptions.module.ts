import { Module } from '@nestjs/common';
import { WebhookTargetModule } from '../webhooks/target/webhook-target.module';
import { SubscriptionRepository } from './subscription.repository';
import { SubscriptionsController } from './subscriptions.controller';
import { SubscriptionsService } from './subscriptions.service';

@Module({
  imports: [WebhookTargetModule],
  controllers: [SubscriptionsController],
  providers: [SubscriptionRepository, SubscriptionsService],
  // The matcher, streams, webhooks, reminders and the calendar read subscriptions.
  exports: [SubscriptionRepository, SubscriptionsService],
})
export class SubscriptionsModule {}
