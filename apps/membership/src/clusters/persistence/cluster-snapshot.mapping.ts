import type { SnapshotMapping } from '@icn/messaging';
import { withoutUndefined } from '@icn/platform';
import type { ClusterState } from '../domain/cluster';
import type { ClusterDocument } from './cluster.schema';

/**
 * A cluster's state as its snapshot document and back: the id becomes `_id`, an absent optional
 * field is absent from the document (the snapshot is replaced whole, so nothing stale survives).
 */
export const clusterSnapshotMapping: SnapshotMapping<ClusterState, ClusterDocument> = {
  toDocument(state) {
    const { clusterId: _id, ...fields } = state;
    return { ...withoutUndefined(fields), _id };
  },
  /** Also reads snapshots written before ADR 12, which still carry their `outbox` array. */
  toState(document) {
    const { _id, outbox: _legacyOutbox, ...fields } = document as ClusterDocument & { outbox?: unknown };
    return withoutUndefined({ ...fields, clusterId: _id, focusSectors: [...fields.focusSectors], memberCounts: { ...fields.memberCounts } });
  },
};
