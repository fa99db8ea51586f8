import { Topics } from '@icn/contracts';
import { consumerGroup } from '@icn/messaging';
import { CONFIG } from '@icn/platform';
import type { NetworkConfig } from '../../network.config';

/** The membership read model's logical consumer group, as its handlers name it. */
export const DIRECTORY_GROUP = 'directory';

export const DIRECTORY_TOPICS = [Topics.membershipCluster, Topics.membershipOrganisation] as const;

/**
 * The membership read model's consumer group (DIRECTORY_CONSUMER_GROUP), started by the event
 * transport with the DirectoryEventHandlers once the topics exist, stopped first on shutdown.
 */
export const directoryConsumerGroup = consumerGroup(DIRECTORY_GROUP, {
  inject: [CONFIG],
  useFactory: (config: NetworkConfig) => ({
    groupId: config.DIRECTORY_CONSUMER_GROUP,
    // A read model: the sequence guard makes each event apply once; no inbox (see GuardedProjection).
    idempotency: 'sequence-guard',
    topics: DIRECTORY_TOPICS,
    // A new group (first deployment, or a rebuild under a new group id) reads the full history.
    fromBeginning: true,
    // One aggregate's events share a partition and stay in order; partitions are independent.
    partitionsConsumedConcurrently: config.CONSUMER_CONCURRENCY,
  }),
});
