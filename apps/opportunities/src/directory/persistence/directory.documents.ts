import type { ClusterStatus, HelixType, OrganisationStatus } from '@icn/contracts';

/**
 * Opportunities' own copy of what membership publishes, reduced to what it needs: whether a
 * cluster or organisation exists and is active (authorisation, targeting) and the attributes
 * subscriptions filter on. `lastSequence` is the sequence guard (the aggregate's event sequence).
 */
export interface DirectoryCluster {
  _id: string;
  name: string;
  country: string;
  status: ClusterStatus;
  lastSequence: number;
  updatedAt: string;
}

export interface DirectoryOrganisation {
  _id: string;
  clusterId: string;
  name: string;
  helixType: HelixType;
  country: string;
  sectors: string[];
  technologies: string[];
  status: OrganisationStatus;
  lastSequence: number;
  updatedAt: string;
}

export const DIRECTORY_CLUSTERS_COLLECTION = 'directory_clusters';
export const DIRECTORY_ORGANISATIONS_COLLECTION = 'directory_organisations';
