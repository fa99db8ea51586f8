import { canViewOpportunity, DomainAccessDeniedError, DomainNotFoundError, type Principal } from '@icn/platform';
import type { OpportunityState } from './opportunity';

/**
 * Object-level authorisation for opportunities (pure, so every rule is unit-tested; the list query
 * in persistence/opportunity-query.ts expresses the same rules as a filter).
 *
 * Seeing:
 * - a draft: the network admin, the origin cluster's managers and its publisher — nobody else may
 *   even learn that it exists (404, not 403);
 * - a published (or ended) opportunity: the network's one visibility rule, `canViewOpportunity`
 *   (@icn/platform), which every other service applies to its copies too.
 * Managing (edit, publish, extend, close, cancel): the network admin, the origin cluster's managers,
 * and the publisher while they still belong to the origin cluster.
 */
export function canSee(principal: Principal, opportunity: OpportunityState): boolean {
  if (principal.role === 'network-admin') return true;
  if (opportunity.status === 'draft') return isOriginManager(principal, opportunity) || isPublisher(principal, opportunity);
  return canViewOpportunity(principal, opportunity);
}

export function canManage(principal: Principal, opportunity: OpportunityState): boolean {
  return principal.role === 'network-admin' || isOriginManager(principal, opportunity) || isPublisher(principal, opportunity);
}

/** The cluster a principal may publish for: its own; the network admin chooses any. */
export function canPublishFor(principal: Principal, clusterId: string): boolean {
  if (principal.role === 'network-admin') return true;
  return (principal.role === 'cluster-manager' || principal.role === 'member') && principal.clusterId === clusterId;
}

function isOriginManager(principal: Principal, opportunity: OpportunityState): boolean {
  return principal.role === 'cluster-manager' && principal.clusterId === opportunity.originClusterId;
}

function isPublisher(principal: Principal, opportunity: OpportunityState): boolean {
  return (
    principal.kind === 'user' &&
    principal.subject === opportunity.publisher.subject &&
    principal.clusterId === opportunity.originClusterId &&
    principal.role !== 'integrator'
  );
}

/** 404 for what the caller may not even see (another cluster's draft), 403 for what it may not change. */
export function assertCanManage(principal: Principal, opportunity: OpportunityState): void {
  if (!canSee(principal, opportunity)) throw new DomainNotFoundError(`opportunity ${opportunity.opportunityId} not found`);
  if (!canManage(principal, opportunity)) {
    throw new DomainAccessDeniedError(
      `only the network admin, the managers of cluster ${opportunity.originClusterId} and the publisher may change opportunity ${opportunity.opportunityId}`,
    );
  }
}
