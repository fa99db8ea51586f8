import { Topics } from '@icn/contracts';
import { consumerGroup } from '@icn/messaging';
import { CONFIG } from '@icn/platform';
import type { ConsortiaConfig } from '../../consortia.config';

/** The funding-call read model's logical consumer group, as its handlers name it. */
export const FUNDING_CALL_GROUP = 'funding-calls';

export const OPPORTUNITY_TOPICS = [Topics.opportunitiesOpportunity] as const;

/**
 * The funding-call read model's consumer group (OPPORTUNITY_CONSUMER_GROUP), separate from the
 * directory's so either read model can be rebuilt (new group id, replay from the start) without
 * the other. The event transport starts it once the topic exists.
 */
export const fundingCallConsumerGroup = consumerGroup(FUNDING_CALL_GROUP, {
  inject: [CONFIG],
  useFactory: (config: ConsortiaConfig) => ({
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
