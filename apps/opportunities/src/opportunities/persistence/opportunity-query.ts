import { PUBLISHED_OPPORTUNITY_STATUSES, type OpportunityStatus, type OpportunityType } from '@icn/contracts';
import { opportunityVisibilityFilter, withoutUndefined, type Principal } from '@icn/platform';

/** `open`: still taking responses (published); `closed`: ended for any reason. */
export type OpportunityListState = 'open' | 'closed';

export interface OpportunityFilter {
  type?: OpportunityType;
  sector?: string;
  technology?: string;
  country?: string;
  originClusterId?: string;
  status?: OpportunityStatus;
  state?: OpportunityListState;
  /** ISO instants, inclusive. */
  deadlineFrom?: string;
  deadlineTo?: string;
  /** Normalised query terms; all must match. */
  terms?: string[];
}

type Condition = Record<string, unknown>;

/** Where the previous page ended (the platform keyset cursor's key is `createdAt`). */
export interface ListPosition {
  createdAt: string;
  id: string;
}

const ENDED_STATUSES = PUBLISHED_OPPORTUNITY_STATUSES.filter((status) => status !== 'published');

/**
 * The list query: the caller's filters AND what this principal may see AND the keyset position,
 * as one find() filter. Pure so the rules are unit-tested; they mirror domain/opportunity-access.ts.
 */
export function buildListQuery(principal: Principal, filter: OpportunityFilter, after?: ListPosition): Condition {
  const conditions: Condition[] = [];
  if (filter.type !== undefined) conditions.push({ type: filter.type });
  if (filter.sector !== undefined) conditions.push({ sectors: filter.sector });
  if (filter.technology !== undefined) conditions.push({ technologies: filter.technology });
  if (filter.country !== undefined) conditions.push({ targetCountries: filter.country });
  if (filter.originClusterId !== undefined) conditions.push({ originClusterId: filter.originClusterId });
  if (filter.status !== undefined) conditions.push({ status: filter.status });
  if (filter.state === 'open') conditions.push({ status: 'published' });
  if (filter.state === 'closed') conditions.push({ status: { $in: ENDED_STATUSES } });
  const deadline = withoutUndefined({ $gte: filter.deadlineFrom, $lte: filter.deadlineTo });
  if (Object.keys(deadline).length > 0) conditions.push({ deadline });
  if (filter.terms !== undefined && filter.terms.length > 0) conditions.push({ searchTerms: { $all: filter.terms } });
  const visible = visibilityCondition(principal);
  if (visible !== undefined) conditions.push(visible);
  // Newest first with ids descending within one instant (the index), so not afterKeysetPosition's ascending ids.
  if (after !== undefined) {
    conditions.push({ $or: [{ createdAt: { $lt: after.createdAt } }, { createdAt: after.createdAt, _id: { $lt: after.id } }] });
  }
  if (conditions.length === 0) return {};
  return conditions.length === 1 ? (conditions[0] as Condition) : { $and: conditions };
}

/**
 * What a principal may see, as a filter; undefined means everything (network admin). Published and
 * ended opportunities follow the network's rule (`opportunityVisibilityFilter`); drafts this
 * service's own rule (domain/opportunity-access.ts).
 */
export function visibilityCondition(principal: Principal): Condition | undefined {
  if (principal.role === 'network-admin') return undefined;
  const published = opportunityVisibilityFilter(principal);
  const visible: Condition[] = [published === undefined ? { status: { $ne: 'draft' } } : { status: { $ne: 'draft' }, ...published }];
  if (principal.role !== 'integrator' && principal.clusterId !== undefined) {
    const cluster = principal.clusterId;
    if (principal.role === 'cluster-manager') visible.push({ status: 'draft', originClusterId: cluster });
    visible.push({ status: 'draft', originClusterId: cluster, 'publisher.subject': principal.subject });
  }
  return visible.length === 1 ? visible[0] : { $or: visible };
}
