import { Topics } from '@icn/contracts';
import { consumerGroup } from '@icn/messaging';
import { CONFIG } from '@icn/platform';
import type { ConsortiaConfig } from '../../consortia.config';

/** The partner-proposal pipeline's logical consumer group, as its handlers name it. */
export const PARTNER_PROPOSAL_GROUP = 'partner-proposals';

export const PARTNER_SUGGESTION_TOPICS = [Topics.matchmakingPartnerSuggestion] as const;

/**
 * Matchmaking's proposals get their own consumer group (PARTNER_SUGGESTION_CONSUMER_GROUP). A
 * brand-new group is positioned at the topic's end before anything starts (as matchmaking
 * positions its suggestion groups): proposals only answer searches this database holds, and
 * replaying the topic's history on a first deployment would only skip them one by one. A
 * committed group carries on where it was, so no answer is lost.
 */
export const partnerProposalConsumerGroup = consumerGroup(PARTNER_PROPOSAL_GROUP, {
  inject: [CONFIG],
  useFactory: (config: ConsortiaConfig) => ({
    groupId: config.PARTNER_SUGGESTION_CONSUMER_GROUP,
    // The handler changes a partner search (an aggregate, not a read model): processed events are recorded.
    idempotency: 'inbox',
    topics: PARTNER_SUGGESTION_TOPICS,
    newGroupStartsAtEnd: true,
    // Only where no position could be set: never skip an answer.
    fromBeginning: true,
    partitionsConsumedConcurrently: config.CONSUMER_CONCURRENCY,
  }),
});
