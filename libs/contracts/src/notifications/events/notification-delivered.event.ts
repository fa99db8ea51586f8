// Decorator metadata (emitDecoratorMetadata) needs the Reflect polyfill before the classes below load.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { Topics } from '../../topics';
import { NotificationV1 } from '../notification.payload';

export class NotificationDeliveredV1 {
  @ValidateNested()
  @Type(() => NotificationV1)
  notification!: NotificationV1;
}

/**
 * Keyed by subscription id, `subjectsequence` = the feed position (gap-free per subscription). The
 * event id is a name-based UUID (v5) of the notification id, so a re-publication after a crash
 * carries the same id and is recognisable as the same notification.
 */
export const NotificationDelivered = defineEvent({
  type: 'org.icn.opportunities.notification.delivered.v1',
  version: 1,
  topic: Topics.opportunitiesNotification,
  aggregate: 'subscription-feed',
  payload: NotificationDeliveredV1,
  summary:
    "A notification was appended to a subscription's durable feed (a matching opportunity was published, updated, " +
    'extended, closed, cancelled or expired, or its deadline is near; or a network partner programme matching it opened its call window ' +
    'or changed: `opportunity.type` partner-programme with `programme`). SSE streams and webhooks deliver exactly this.',
});
