import { consumerGroup } from '@icn/messaging';
import { DELIVERY_CONFIG, type DeliveryConfig } from '../../notifications/delivery.config';
import { StreamMembership } from './stream-membership';

/** The broadcast group's logical name, as its handlers name it. */
export const STREAM_GROUP = 'notification-broadcast';

/** Stem of the per-replica broadcast groups: `opportunities.stream.<INSTANCE_ID>`. */
export const STREAM_GROUP_PREFIX = 'opportunities.stream';

/**
 * Every replica reads every notification (and subscription event: a deletion ends its open
 * streams) in a group of its own, so whichever replica holds a client's connection sees that
 * client's notifications. It only pushes to local connections; correctness (exactly once, in
 * order) is the connections' job — they read the durable feeds on connect and after each (re)join
 * of this group (StreamMembership) — so a broadcast group, with no inbox, retry or dead letter, is
 * what fits: after a restart the connections resume from the database, not from offsets.
 */
export const notificationBroadcastGroup = consumerGroup(STREAM_GROUP, {
  inject: [DELIVERY_CONFIG, StreamMembership],
  useFactory: (config: DeliveryConfig, membership: StreamMembership) => ({
    delivery: 'broadcast',
    groupId: STREAM_GROUP_PREFIX,
    instanceId: config.INSTANCE_ID,
    membership,
    // A replica that died leaves no stream behind: its group need not be waited for long.
    sessionTimeoutMs: 10_000,
    heartbeatIntervalMs: 1_000,
  }),
});
