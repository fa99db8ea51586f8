import type { IntroductionStatus } from '@icn/contracts';
import { afterKeysetPosition, type KeysetPosition } from '@icn/platform';
import type { IntroductionListScope } from '../domain/introduction-access';

/** The optional filters of GET /introductions, combined with AND. */
export interface IntroductionListCriteria {
  /** Introductions this organisation asked for or was asked for. */
  organisationId?: string;
  status?: IntroductionStatus;
}

export type IntroductionQueryFilter = Record<string, unknown>;

/**
 * Newest first; the id breaks ties (ascending, as the platform's keyset cursor expects) so the order
 * is total and a cursor is unambiguous.
 */
export const INTRODUCTION_LIST_SORT = { requestedAt: -1, _id: 1 } as const;

/**
 * The query of one page: what the caller may see (its scope) AND what it asked for AND after the
 * cursor. The scope is part of the query, never applied afterwards, so a page is never short
 * because of rows the caller could not see.
 */
export function introductionListFilter(
  scope: IntroductionListScope,
  criteria: IntroductionListCriteria,
  after: KeysetPosition | undefined,
): IntroductionQueryFilter {
  const clauses: IntroductionQueryFilter[] = [];
  if (scope.kind === 'cluster') clauses.push({ $or: [{ requesterClusterId: scope.clusterId }, { targetClusterId: scope.clusterId }] });
  if (scope.kind === 'organisation') {
    // Both ids, as canManageOrganisation checks them: an organisation that moved cluster keeps its
    // old introductions with its old cluster's manager, not with a token of the new cluster.
    clauses.push({
      $or: [
        { requesterOrganisationId: scope.organisationId, requesterClusterId: scope.clusterId },
        { targetOrganisationId: scope.organisationId, targetClusterId: scope.clusterId },
      ],
    });
  }
  if (criteria.organisationId !== undefined) {
    clauses.push({ $or: [{ requesterOrganisationId: criteria.organisationId }, { targetOrganisationId: criteria.organisationId }] });
  }
  if (criteria.status !== undefined) clauses.push({ status: criteria.status });
  if (after !== undefined) clauses.push(afterKeysetPosition('requestedAt', after, -1));
  if (clauses.length === 0) return {};
  return clauses.length === 1 ? (clauses[0] as IntroductionQueryFilter) : { $and: clauses };
}
