import { Topics } from '@icn/contracts';
import { consumerGroup } from '@icn/messaging';
import { DELIVERY_CONFIG, type DeliveryConfig } from '../../notifications/delivery.config';

/** The programme pipeline's logical consumer group, as its handlers name it. */
export const NETWORK_PROGRAMMES_GROUP = 'network-programmes';

/**
 * The shared group reading the network's programme topic (NETWORK_PROGRAMMES_CONSUMER_GROUP),
 * started by the event transport with NetworkProgrammeHandlers. Like the other notification
 * groups, a new one is positioned at the topic's end (`newGroupStartsAtEnd`; why not
 * `fromBeginning: false`: notifications/consumer/opportunity-notifications.consumer.ts): a first
 * deployment announces what the network registers or changes from then on, not its history
 * (ADR 23 says what that leaves out).
 */
export const networkProgrammesConsumerGroup = consumerGroup(NETWORK_PROGRAMMES_GROUP, {
  inject: [DELIVERY_CONFIG],
  useFactory: (config: DeliveryConfig) => ({
    groupId: config.NETWORK_PROGRAMMES_CONSUMER_GROUP,
    // The handlers write the read model, follows and feeds: side effects, so processed events are recorded.
    idempotency: 'inbox',
    topics: [Topics.networkProgramme],
    newGroupStartsAtEnd: true,
    fromBeginning: true,
  }),
});
