import { DomainAccessDeniedError, type Principal } from '@icn/platform';
import type { ConsortiumState } from '../../consortia/domain/consortium';
import { actsFor } from '../../consortia/domain/consortium-access';

/**
 * Partner searches name organisations the consortium might approach: only its members (whoever acts
 * for a member organisation — its own people or its cluster manager) and the secretariat see them.
 * Invitees and managers of invitees' clusters, who may read the consortium itself, do not.
 */
export function canSeePartnerSearches(principal: Principal, consortium: ConsortiumState): boolean {
  return principal.role === 'network-admin' || consortium.members.some((member) => actsFor(principal, member));
}

export function assertCanSeePartnerSearches(principal: Principal, consortium: ConsortiumState): void {
  // The same message as every other denial, so the response does not reveal whose consortium it is.
  if (!canSeePartnerSearches(principal, consortium)) throw new DomainAccessDeniedError('You do not have access to this resource');
}
