import { type ProjectionWrite, splitOptional, writeFor } from '@icn/messaging';
import type { CloudEvent, ClusterRegisteredV1, ClusterSnapshotV1, ClusterUpdatedV1 } from '@icn/contracts';

const OPTIONAL_SNAPSHOT_FIELDS = ['region', 'city', 'website'] as const;

/** Both cluster events carry the full state, so both replace the whole document (and may create it). */
function snapshotWrite(event: CloudEvent<unknown>, cluster: ClusterSnapshotV1): ProjectionWrite {
  const { memberCounts, ...profile } = cluster;
  const { set, unset } = splitOptional(profile, OPTIONAL_SNAPSHOT_FIELDS);
  // Spread into a plain object: the validated payload may be a class instance.
  set['memberCounts'] = { ...memberCounts };
  return writeFor(event, cluster.clusterId, { set, unset, upsert: true });
}

export function projectClusterRegistered(event: CloudEvent<ClusterRegisteredV1>): ProjectionWrite {
  return snapshotWrite(event, event.data.cluster);
}

export function projectClusterUpdated(event: CloudEvent<ClusterUpdatedV1>): ProjectionWrite {
  return snapshotWrite(event, event.data.cluster);
}
