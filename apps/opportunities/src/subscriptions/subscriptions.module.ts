import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module';
import { WebhookTargetModule } from '../webhooks/target/webhook-target.module';
import { SubscriptionsController } from './http/subscriptions.controller';
import { SubscriptionsService } from './http/subscriptions.service';
import { SubscriptionAggregate } from './persistence/subscription.aggregate';
import { SubscriptionRepository } from './persistence/subscription.repository';

@Module({
  imports: [WebhookTargetModule, DirectoryModule],
  controllers: [SubscriptionsController],
  providers: [SubscriptionRepository, SubscriptionAggregate, SubscriptionsService],
  // The matcher, streams, webhooks, reminders and the calendar read subscriptions.
  exports: [SubscriptionRepository, SubscriptionsService],
})
export class SubscriptionsModule {}
