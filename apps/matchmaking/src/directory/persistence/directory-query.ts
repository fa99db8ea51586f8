import { afterKeysetPosition, type KeysetPosition } from '@icn/platform';

export interface OrganisationCriteria {
  clusterId?: string;
  country?: string;
  sector?: string;
  technology?: string;
  helixType?: string;
  status?: string;
}

export interface ClusterCriteria {
  country?: string;
  sector?: string;
  status?: string;
}

export interface PageRequest {
  limit: number;
  /** The last item of the previous page: its name (the sort key) and id. */
  after?: KeysetPosition;
}

export type QueryFilter = Record<string, unknown>;

/** Equality on array fields (`sectors`, `technologies`) matches any element, which is what a filter means. */
export function organisationFilter(criteria: OrganisationCriteria): QueryFilter {
  const filter: QueryFilter = {};
  if (criteria.clusterId !== undefined) filter['clusterId'] = criteria.clusterId;
  if (criteria.country !== undefined) filter['country'] = criteria.country;
  if (criteria.sector !== undefined) filter['sectors'] = criteria.sector;
  if (criteria.technology !== undefined) filter['technologies'] = criteria.technology;
  if (criteria.helixType !== undefined) filter['helixType'] = criteria.helixType;
  if (criteria.status !== undefined) filter['status'] = criteria.status;
  return filter;
}

export function clusterFilter(criteria: ClusterCriteria): QueryFilter {
  const filter: QueryFilter = {};
  if (criteria.country !== undefined) filter['country'] = criteria.country;
  if (criteria.sector !== undefined) filter['focusSectors'] = criteria.sector;
  if (criteria.status !== undefined) filter['status'] = criteria.status;
  return filter;
}

/** Directory order is (name, _id): names read naturally, the id breaks ties so the order is total. */
export const DIRECTORY_SORT = { name: 1, _id: 1 } as const;

/** Restricts a filter to the items after the cursor position in DIRECTORY_SORT order. */
export function afterPosition(filter: QueryFilter, after: KeysetPosition | undefined): QueryFilter {
  if (after === undefined) {
    return filter;
  }
  const keyset = afterKeysetPosition('name', after, DIRECTORY_SORT.name);
  return Object.keys(filter).length === 0 ? keyset : { $and: [filter, keyset] };
}
