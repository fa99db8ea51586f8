import type { ProjectionBookkeeping } from '@icn/messaging';
import type { ClusterStatus } from '@icn/contracts';

/** Network's copy of a cluster (its name and country for applications and reports), built only from membership's cluster events. */
export interface DirectoryClusterDocument extends ProjectionBookkeeping {
  _id: string;
  clusterId: string;
  name: string;
  country: string;
  status: ClusterStatus;
}

export const DIRECTORY_CLUSTERS_COLLECTION = 'directory_clusters';
