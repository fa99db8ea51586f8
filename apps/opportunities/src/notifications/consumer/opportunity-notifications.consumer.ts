import { consumerGroup } from '@icn/messaging';
import { DELIVERY_CONFIG, type DeliveryConfig } from '../delivery.config';

/** The notification pipeline's logical consumer group, as its handlers name it. */
export const NOTIFICATIONS_GROUP = 'opportunity-notifications';

/**
 * The shared consumer group that feeds the notification pipeline (NOTIFICATIONS_CONSUMER_GROUP),
 * started by the event transport with OpportunityNotificationHandlers. Handler failures are
 * retried with backoff and then dead-lettered; appends are idempotent, so a retried event
 * completes without duplicates.
 *
 * Notifications are about what happens from now on: a brand-new group must not notify today's
 * subscribers of years of history, so it gets an explicit position at the topic's end before this
 * process publishes anything (`newGroupStartsAtEnd`). Why not simply `fromBeginning: false`:
 * kafkajs resolves "latest" only at the group's first fetch of each partition, after the join, and
 * does not commit it; publications acknowledged in between were silently skipped (measured by
 * test/faults/opportunities-kill: the first ~20 publications after start-up never reached any
 * subscriber). `fromBeginning: true` then only applies where no position could be set (a topic
 * created after that point holds nothing older than this deployment): it errs on notifying.
 */
export const opportunityNotificationsConsumerGroup = consumerGroup(NOTIFICATIONS_GROUP, {
  inject: [DELIVERY_CONFIG],
  useFactory: (config: DeliveryConfig) => ({
    groupId: config.NOTIFICATIONS_CONSUMER_GROUP,
    // The handlers append to feeds and publish: side effects, so processed events are recorded.
    idempotency: 'inbox',
    newGroupStartsAtEnd: true,
    fromBeginning: true,
    // Different opportunities (partitions) are independent; order only matters within one.
    partitionsConsumedConcurrently: 3,
  }),
});
