import { Topics } from '@icn/contracts';
import { consumerGroup } from '@icn/messaging';
import { CONFIG } from '@icn/platform';
import type { OpportunitiesConfig } from '../../opportunities.config';

/** The directory's logical consumer group, as its handlers name it. */
export const DIRECTORY_GROUP = 'membership-directory';

/**
 * The read model's consumer group (DIRECTORY_CONSUMER_GROUP), started by the event transport with
 * the DirectoryEventHandlers once the topics exist, stopped first on shutdown.
 */
export const directoryConsumerGroup = consumerGroup(DIRECTORY_GROUP, {
  inject: [CONFIG],
  useFactory: (config: OpportunitiesConfig) => ({
    groupId: config.DIRECTORY_CONSUMER_GROUP,
    // A read model: the sequence guard makes each event apply once; no inbox (see GuardedProjection).
    idempotency: 'sequence-guard',
    topics: [Topics.membershipCluster, Topics.membershipOrganisation],
    // A new group (first deployment, or a rebuild) reads membership's full history.
    fromBeginning: config.DIRECTORY_FROM_BEGINNING,
  }),
});
