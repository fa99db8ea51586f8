import { Topics } from '@icn/contracts';
import { consumerGroup } from '@icn/messaging';
import { CONFIG } from '@icn/platform';
import type { MatchmakingConfig } from '../../matchmaking.config';

/** The partner-search pipeline's logical consumer group, as its handlers name it. */
export const PARTNER_SEARCH_GROUP = 'partner-search';

export const PARTNER_SEARCH_TOPICS = [Topics.consortiaPartnerSearch] as const;

/**
 * Partner searches get their own consumer group (PARTNER_SEARCH_CONSUMER_GROUP). A brand-new group
 * is positioned at the topic's end before anything starts (as the suggestions group is, see
 * opportunitySuggestionConsumerGroup): a request is a question asked now, and answering years of
 * old ones on a first deployment would flood the consortia with stale proposals. A committed group
 * carries on where it was, so no request is lost across restarts; the record per request keeps
 * redeliveries to one answer.
 */
export const partnerSearchConsumerGroup = consumerGroup(PARTNER_SEARCH_GROUP, {
  inject: [CONFIG],
  useFactory: (config: MatchmakingConfig) => ({
    groupId: config.PARTNER_SEARCH_CONSUMER_GROUP,
    // The handler publishes an answer per request: side effects, so processed events are recorded.
    idempotency: 'inbox',
    topics: PARTNER_SEARCH_TOPICS,
    newGroupStartsAtEnd: true,
    // Only where no position could be set: never skip a request.
    fromBeginning: true,
    partitionsConsumedConcurrently: config.CONSUMER_CONCURRENCY,
  }),
});
