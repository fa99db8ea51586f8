import { outboxEntrySchema, type OutboxEntry } from '@icn/messaging';
import { Schema } from 'mongoose';
import type { ClusterState, HelixCounts } from './cluster';

/** The stored cluster aggregate, keyed by its slug, plus the events not yet published. */
export interface ClusterDocument extends Omit<ClusterState, 'clusterId'> {
  _id: string;
  outbox: OutboxEntry[];
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
    // The slug (`clean`, `nordic-edge`): the primary key makes a second registration a duplicate-key error.
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
    // Optimistic concurrency and event sequence, as for organisations.
    version: { type: Number, required: true },
    outbox: { type: [outboxEntrySchema], default: [] },
  },
  { versionKey: false, timestamps: false, collection: CLUSTERS_COLLECTION },
);

// No secondary indexes: the network has a few dozen clusters (19 today), so GET /clusters with a
// country/status/sector filter scans a tiny collection in _id order; an index would cost more
// on every write than it saves.
