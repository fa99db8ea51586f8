import { Module } from '@nestjs/common';
import { DeliveryConfigModule } from '../notifications/delivery-config.module';
import { FeedModule } from '../notifications/feed.module';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module';
import { notificationBroadcastGroup } from './consumer/notification-broadcast.consumer';
import { NotificationBroadcastHandlers } from './consumer/notification-broadcast.handlers';
import { StreamMembership } from './consumer/stream-membership';
import { SseHub } from './http/sse-hub';
import { StreamController } from './http/stream.controller';

/** SSE streams of subscriptions' notifications, fed by a per-replica broadcast group. */
@Module({
  imports: [DeliveryConfigModule, FeedModule, SubscriptionsModule],
  controllers: [StreamController, NotificationBroadcastHandlers],
  providers: [SseHub, StreamMembership, notificationBroadcastGroup],
  exports: [SseHub, StreamMembership],
})
export class StreamingModule {}
