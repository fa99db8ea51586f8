import { Topics } from '@icn/contracts';
import { consumerGroup } from '@icn/messaging';
import { DELIVERY_CONFIG, type DeliveryConfig } from '../../notifications/delivery.config';

/** The recommendation pipeline's logical consumer group, as its handlers name it. */
export const RECOMMENDATIONS_GROUP = 'recommendations';

/**
 * The shared group reading matchmaking's suggestion topic (RECOMMENDATIONS_CONSUMER_GROUP),
 * started by the event transport with RecommendationHandlers. A new group is positioned at the
 * topic's end (`newGroupStartsAtEnd`): a first deployment, or a renamed group, must not push every
 * past recommendation to today's subscribers, and must not lose the ones published while it joins
 * (why `fromBeginning: false` would lose them: notifications/consumer/opportunity-notifications.consumer.ts).
 */
export const recommendationsConsumerGroup = consumerGroup(RECOMMENDATIONS_GROUP, {
  inject: [DELIVERY_CONFIG],
  useFactory: (config: DeliveryConfig) => ({
    groupId: config.RECOMMENDATIONS_CONSUMER_GROUP,
    // The handler records follows and appends to feeds: side effects, so processed events are recorded.
    idempotency: 'inbox',
    topics: [Topics.matchmakingSuggestion],
    newGroupStartsAtEnd: true,
    fromBeginning: true,
    // Different opportunities (partitions) are independent; order only matters within one.
    partitionsConsumedConcurrently: 3,
  }),
});
