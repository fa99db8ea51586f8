import { NotificationDelivered, SubscriptionDeleted, type CloudEvent, type NotificationDeliveredV1, type SubscriptionDeletedV1 } from '@icn/contracts';
import { BroadcastEventContext, OnEvent, type ConsumedEventContext } from '@icn/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { SseHub } from '../http/sse-hub';
import { STREAM_GROUP } from './notification-broadcast.consumer';

/**
 * Hands what the broadcast group reads to this replica's open streams. A controller of the event
 * transport, without routes.
 */
@Controller()
export class NotificationBroadcastHandlers {
  constructor(private readonly hub: SseHub) {}

  /**
   * The event's bytes as published go out as the SSE frame's data: the same bytes replay sends from
   * the feed. (With @Ctx() on one parameter Nest fills only decorated ones, hence @Payload().)
   */
  @OnEvent(NotificationDelivered, { group: STREAM_GROUP })
  push(@Payload() event: CloudEvent<NotificationDeliveredV1>, @Ctx() context: ConsumedEventContext): void {
    this.hub.dispatch(event.subject, { seq: event.subjectsequence, kind: event.data.notification.kind, event: BroadcastEventContext.bytesOf(context).toString('utf8') });
  }

  /** EventSource clients get 404 when they reconnect. */
  @OnEvent(SubscriptionDeleted, { group: STREAM_GROUP })
  endStreams(event: CloudEvent<SubscriptionDeletedV1>): void {
    this.hub.closeSubscription(event.subject);
  }
}
