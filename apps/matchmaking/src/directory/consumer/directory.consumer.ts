import { Topics } from '@icn/contracts';
import { consumerGroup } from '@icn/messaging';
import { CONFIG } from '@icn/platform';
import type { MatchmakingConfig } from '../../matchmaking.config';

/** The directory's logical consumer group, as its handlers name it. */
export const DIRECTORY_GROUP = 'directory';

export const DIRECTORY_TOPICS = [Topics.membershipCluster, Topics.membershipOrganisation] as const;

/**
 * The directory's consumer group (CONSUMER_GROUP), started by the event transport with the
 * DirectoryEventHandlers once the topics exist, stopped first on shutdown.
 */
export const directoryConsumerGroup = consumerGroup(DIRECTORY_GROUP, {
  inject: [CONFIG],
  useFactory: (config: MatchmakingConfig) => ({
    groupId: config.CONSUMER_GROUP,
    // A read model: the sequence guard makes each event apply once; no inbox (see GuardedProjection).
    idempotency: 'sequence-guard',
    topics: DIRECTORY_TOPICS,
    // A new group (first deployment, or a rebuild under a new group id) reads the full history.
    fromBeginning: true,
    // Partitions hold different aggregates, which the projection never relates, so they can be
    // applied in parallel; order within a partition (one aggregate's history) is kept.
    partitionsConsumedConcurrently: config.CONSUMER_CONCURRENCY,
  }),
});
