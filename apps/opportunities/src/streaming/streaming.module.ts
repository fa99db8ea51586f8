import { Module } from '@nestjs/common';
import { DeliveryConfigModule } from '../notifications/delivery-config.module';
import { FeedModule } from '../notifications/feed.module';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module';
import { NotificationBroadcastConsumer } from './consumer/notification-broadcast.consumer';
import { SseHub } from './http/sse-hub';
import { StreamController } from './http/stream.controller';

@Module({
  imports: [DeliveryConfigModule, FeedModule, SubscriptionsModule],
  controllers: [StreamController],
  providers: [SseHub, NotificationBroadcastConsumer],
  exports: [SseHub, NotificationBroadcastConsumer],
})
export class StreamingModule {}
