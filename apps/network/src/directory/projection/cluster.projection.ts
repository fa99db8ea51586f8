import { type ProjectionWrite, writeFor } from '@icn/messaging';
import type { CloudEvent, ClusterSnapshotV1 } from '@icn/contracts';

/** Both cluster events carry the full state, so both replace the kept fields (and may create the document). */
export function projectClusterSnapshot(event: CloudEvent<{ cluster: ClusterSnapshotV1 }>): ProjectionWrite {
  const { clusterId, name, country, status } = event.data.cluster;
  return writeFor(event, clusterId, { set: { clusterId, name, country, status }, unset: [], upsert: true });
}
