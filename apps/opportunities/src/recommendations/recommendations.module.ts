import { Module } from '@nestjs/common';
import { DeliveryConfigModule } from '../notifications/delivery-config.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OpportunitiesModule } from '../opportunities/opportunities.module';
import { FollowsModule } from '../reminders/follows.module';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module';
import { recommendationsConsumerGroup } from './consumer/recommendation.consumer';
import { RecommendationHandlers } from './consumer/recommendation.handlers';

/** Matchmaking's suggestions -> `recommended` notifications on the suggested organisations' feeds. */
@Module({
  imports: [DeliveryConfigModule, OpportunitiesModule, SubscriptionsModule, FollowsModule, NotificationsModule],
  controllers: [RecommendationHandlers],
  providers: [recommendationsConsumerGroup],
})
export class RecommendationsModule {}
