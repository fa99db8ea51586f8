import { Topics } from '@icn/contracts';
import { consumerGroup } from '@icn/messaging';
import { CONFIG } from '@icn/platform';
import type { MatchmakingConfig } from '../../matchmaking.config';

/** The opportunity read model's logical consumer group, as its handlers name it. */
export const OPPORTUNITY_READ_MODEL_GROUP = 'opportunity-read-model';

export const OPPORTUNITY_TOPICS = [Topics.opportunitiesOpportunity] as const;

/**
 * The opportunity read model's consumer group (OPPORTUNITY_CONSUMER_GROUP), separate from the
 * directory's so that either read model can be rebuilt (new group id, replay from the start)
 * without the other. The event transport starts it once the topic exists.
 */
export const opportunityConsumerGroup = consumerGroup(OPPORTUNITY_READ_MODEL_GROUP, {
  inject: [CONFIG],
  useFactory: (config: MatchmakingConfig) => ({
    groupId: config.OPPORTUNITY_CONSUMER_GROUP,
    // A read model: the sequence guard makes each event apply once; no inbox (see GuardedProjection).
    idempotency: 'sequence-guard',
    topics: OPPORTUNITY_TOPICS,
    // A new group reads the full history: that is how the read model is (re)built.
    fromBeginning: true,
    // One opportunity's events share a partition and stay in order; partitions are independent.
    partitionsConsumedConcurrently: config.CONSUMER_CONCURRENCY,
  }),
});
