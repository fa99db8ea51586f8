import type { PassportStatus } from '@icn/contracts';
import { afterKeysetPosition, type KeysetPosition } from '@icn/platform';
import type { ApplicationListScope } from '../domain/passport-access';
import { yearBounds } from '../domain/passport-statistics';

/** The optional filters of GET /passport/applications, combined with AND. */
export interface ApplicationListCriteria {
  hostClusterId?: string;
  organisationId?: string;
  status?: PassportStatus;
  /** Submitted in this calendar year (UTC), as in the yearly statistics. */
  year?: number;
}

export type ApplicationQueryFilter = Record<string, unknown>;

/**
 * Newest first; the id breaks ties (ascending, as the platform's keyset cursor expects) so the order
 * is total and a cursor is unambiguous.
 */
export const APPLICATION_LIST_SORT = { submittedAt: -1, _id: 1 } as const;

/**
 * The query of one page: what the caller may see (its scope) AND what it asked for AND after the
 * cursor. The scope is always part of the query, never applied afterwards, so a page is never
 * short because of rows the caller could not see.
 */
export function applicationListFilter(
  scope: ApplicationListScope,
  criteria: ApplicationListCriteria,
  after: KeysetPosition | undefined,
): ApplicationQueryFilter {
  const clauses: ApplicationQueryFilter[] = [];
  if (scope.kind === 'cluster') clauses.push({ $or: [{ hostClusterId: scope.clusterId }, { homeClusterId: scope.clusterId }] });
  if (scope.kind === 'organisation') clauses.push({ organisationId: scope.organisationId });
  if (criteria.hostClusterId !== undefined) clauses.push({ hostClusterId: criteria.hostClusterId });
  if (criteria.organisationId !== undefined) clauses.push({ organisationId: criteria.organisationId });
  if (criteria.status !== undefined) clauses.push({ status: criteria.status });
  if (criteria.year !== undefined) {
    const { start, end } = yearBounds(criteria.year);
    clauses.push({ submittedAt: { $gte: start, $lt: end } });
  }
  if (after !== undefined) clauses.push(afterKeysetPosition('submittedAt', after, -1));
  if (clauses.length === 0) return {};
  return clauses.length === 1 ? (clauses[0] as ApplicationQueryFilter) : { $and: clauses };
}
