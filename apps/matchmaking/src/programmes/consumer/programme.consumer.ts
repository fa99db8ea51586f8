import { Topics } from '@icn/contracts';
import { consumerGroup } from '@icn/messaging';
import { CONFIG } from '@icn/platform';
import type { MatchmakingConfig } from '../../matchmaking.config';

/** The programme read model's logical consumer group, as its handlers name it. */
export const PROGRAMME_READ_MODEL_GROUP = 'programme-read-model';

/** Programmes, and the applications to them (who has applied already). */
export const PROGRAMME_TOPICS = [Topics.networkProgramme, Topics.networkApplication] as const;

/**
 * The programme read model's consumer group (PROGRAMME_CONSUMER_GROUP) over programmes and their
 * applications, its own so it can be rebuilt (new group id, replay from the start) without touching
 * the directory or the opportunities.
 */
export const programmeConsumerGroup = consumerGroup(PROGRAMME_READ_MODEL_GROUP, {
  inject: [CONFIG],
  useFactory: (config: MatchmakingConfig) => ({
    groupId: config.PROGRAMME_CONSUMER_GROUP,
    // A read model: the sequence guard makes each event apply once; no inbox (see GuardedProjection).
    idempotency: 'sequence-guard',
    topics: PROGRAMME_TOPICS,
    // A new group reads the full history: that is how the read model is (re)built.
    fromBeginning: true,
    // One programme's events share a partition and stay in order; partitions are independent.
    partitionsConsumedConcurrently: config.CONSUMER_CONCURRENCY,
  }),
});
