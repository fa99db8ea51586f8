import { Topics } from '@icn/contracts';
import { consumerGroup } from '@icn/messaging';
import { CONFIG } from '@icn/platform';
import type { MatchmakingConfig } from '../../matchmaking.config';

/** The suggestion pipeline's logical consumer group, as its handlers name it. */
export const SUGGESTIONS_GROUP = 'opportunity-suggestions';

/**
 * Suggestions get their own consumer group on the opportunity topic (SUGGESTIONS_CONSUMER_GROUP),
 * apart from the read model's: the read model must replay the whole history when rebuilt,
 * suggestions must not (a new group would otherwise recommend years of old opportunities). A
 * brand-new group is therefore positioned at the topic's end before anything starts — the same
 * explicit position, and for the same reasons, as the opportunities service's notification group.
 */
export const opportunitySuggestionConsumerGroup = consumerGroup(SUGGESTIONS_GROUP, {
  inject: [CONFIG],
  useFactory: (config: MatchmakingConfig) => ({
    groupId: config.SUGGESTIONS_CONSUMER_GROUP,
    // The handler publishes suggestion events: side effects, so processed events are recorded.
    idempotency: 'inbox',
    topics: [Topics.opportunitiesOpportunity],
    newGroupStartsAtEnd: true,
    // Only where no position could be set: never skip a publication (old ones are filtered by the policy).
    fromBeginning: true,
    partitionsConsumedConcurrently: config.CONSUMER_CONCURRENCY,
  }),
});
