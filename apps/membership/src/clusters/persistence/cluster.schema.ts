import { Schema } from 'mongoose';
import type { ClusterState, HelixCounts } from '../domain/cluster';

/**
 * The cluster's snapshot, keyed by its slug: what GET /clusters reads, brought forward from the
 * cluster's commits by the write path (ADR 12). Its events live in the commits, not here.
 */
export interface ClusterDocument extends Omit<ClusterState, 'clusterId'> {
  _id: string;
}

export const CLUSTERS_COLLECTION = 'clusters';

const helixCountsSchema = new Schema<HelixCounts>(
  {
    companies: { type: Number, required: true },
    publicAuthorities: { type: Number, required: true },
    researchInstitutions: { type: Number, required: true },
    other: { type: Number, required: true },
  },
  { _id: false },
);

export const clusterSchema = new Schema<ClusterDocument>(
  {
    // The slug (`clean`, `nordic-edge`). A second registration is refused by the write path's claim
    // of version 1 of `cluster:<slug>`, not by this key (ADR 12: the snapshot is only a cache).
    _id: { type: String, required: true },
    name: { type: String, required: true },
    country: { type: String, required: true },
    region: String,
    city: String,
    website: String,
    focusSectors: { type: [String], default: [] },
    memberCounts: { type: helixCountsSchema, required: true },
    secretariat: { type: Boolean, required: true },
    status: { type: String, required: true },
    registeredAt: { type: String, required: true },
    updatedAt: { type: String, required: true },
    // The version of the newest commit this snapshot reflects (the snapshot is replaced only by a newer one).
    version: { type: Number, required: true },
  },
  { versionKey: false, timestamps: false, collection: CLUSTERS_COLLECTION },
);

// No secondary indexes: the network has a few dozen clusters (19 today), so GET /clusters with a
// country/status/sector filter scans a tiny collection in _id order; an index would cost more
// on every write than it saves.
