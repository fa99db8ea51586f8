import { Module } from '@nestjs/common';
import { DeliveryConfigModule } from '../notifications/delivery-config.module';
import { FeedModule } from '../notifications/feed.module';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module';
import { NotificationBroadcastConsumer } from './notification-broadcast.consumer';
import { SseHub } from './sse-hub';
import { StreamController } from './stream.controller';

@Module({
  imports: [DeliveryConfigModule, FeedModule, SubscriptionsModule],
  controllers: [StreamController],
  providers: [SseHub, NotificationBroadcastConsumer],
  exports: [SseHub, NotificationBroadcastConsumer],
})
export class StreamingModule {}
