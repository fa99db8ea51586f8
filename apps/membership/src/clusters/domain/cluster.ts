import { changeOf, eventOf, type Change } from '@icn/messaging';
import { withoutUndefined } from '@icn/platform';
import { ClusterRegistered, ClusterUpdated, type ClusterSnapshotV1, type ClusterStatus, type Sector } from '@icn/contracts';

export interface HelixCounts {
  companies: number;
  publicAuthorities: number;
  researchInstitutions: number;
  other: number;
}

/** What the secretariat records about a cluster; everything an update may change. */
export interface ClusterProfile {
  name: string;
  country: string;
  region?: string;
  city?: string;
  website?: string;
  focusSectors: Sector[];
  memberCounts: HelixCounts;
  secretariat: boolean;
  status: ClusterStatus;
}

/** The cluster aggregate. Its id is a human-readable slug chosen at registration (`clean`). */
export interface ClusterState extends ClusterProfile {
  clusterId: string;
  registeredAt: string;
  updatedAt: string;
  version: number;
}

export const NO_MEMBERS: HelixCounts = { companies: 0, publicAuthorities: 0, researchInstitutions: 0, other: 0 };

export function registerCluster(clusterId: string, profile: ClusterProfile, now: Date): Change<ClusterState> {
  const at = now.toISOString();
  const state: ClusterState = { ...withoutUndefined(profile), clusterId, registeredAt: at, updatedAt: at, version: 1 };
  return changeOf(state, eventOf(ClusterRegistered, { cluster: toClusterSnapshot(state) }));
}

/** Optional fields a PATCH may clear with `null`. */
const CLEARABLE_CLUSTER_FIELDS: readonly string[] = ['region', 'city', 'website'];

export type ClusterPatch = { [K in keyof ClusterProfile]?: ClusterProfile[K] | null };

/** Returns null for a no-op update: no version bump, no event. */
export function updateCluster(state: ClusterState, patch: ClusterPatch, now: Date): Change<ClusterState> | null {
  const next: ClusterState = { ...state };
  const record = next as unknown as Record<string, unknown>;
  const changedFields: string[] = [];
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) {
      if (!CLEARABLE_CLUSTER_FIELDS.includes(field) || record[field] === undefined) continue;
      delete record[field];
    } else {
      if (JSON.stringify(record[field]) === JSON.stringify(value)) continue;
      record[field] = value;
    }
    changedFields.push(field);
  }
  if (changedFields.length === 0) return null;
  next.version = state.version + 1;
  next.updatedAt = now.toISOString();
  return changeOf(next, eventOf(ClusterUpdated, { cluster: toClusterSnapshot(next), changedFields: changedFields.sort() }));
}

export function toClusterSnapshot(state: ClusterState): ClusterSnapshotV1 {
  return withoutUndefined({
    clusterId: state.clusterId,
    name: state.name,
    country: state.country,
    region: state.region,
    city: state.city,
    website: state.website,
    focusSectors: [...state.focusSectors],
    memberCounts: { ...state.memberCounts },
    secretariat: state.secretariat,
    status: state.status,
  });
}
