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

/** A contact person of a member organisation: who may receive the organisation's subscription e-mail. */
export interface DirectoryContact {
  name: string;
  email: string;
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
  /**
   * By contact id (a map, so one contact event changes one field). Absent on documents projected
   * before contacts were: the next snapshot of the organisation, or a rebuild, fills it.
   */
  contacts?: Record<string, DirectoryContact>;
  lastSequence: number;
  updatedAt: string;
}

export const DIRECTORY_CLUSTERS_COLLECTION = 'directory_clusters';
export const DIRECTORY_ORGANISATIONS_COLLECTION = 'directory_organisations';
