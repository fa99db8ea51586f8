import type { ProjectionBookkeeping } from '@icn/messaging';
import type { ClusterStatus, HelixCountsV1, Sector } from '@icn/contracts';

/** Matchmaking's copy of a cluster, built only from membership's cluster events. */
export interface DirectoryClusterDocument extends ProjectionBookkeeping {
  _id: string;
  clusterId: string;
  name: string;
  country: string;
  region?: string;
  city?: string;
  website?: string;
  focusSectors: Sector[];
  memberCounts: HelixCountsV1;
  secretariat: boolean;
  status: ClusterStatus;
}

export const DIRECTORY_CLUSTERS_COLLECTION = 'directory_clusters';
