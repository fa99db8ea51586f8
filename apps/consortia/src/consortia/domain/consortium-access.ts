import { canManageOrganisation, DomainAccessDeniedError, type Principal } from '@icn/platform';
import { coordinatorOf, memberOf, type ConsortiumState } from './consortium';

/*
 * Object-level authorisation for consortia (no BOLA):
 * - who sees a consortium: its members and the organisations with a pending invitation (they must
 *   read what they are asked to join), the cluster managers of any of those, and the secretariat.
 *   Integrators follow consortia through the events, not this API;
 * - the coordinator side (the coordinator organisation's member, its cluster manager, the
 *   secretariat) invites, removes, plans the workspace, submits, withdraws and records outcomes;
 * - an organisation's side answers its invitation, leaves, and works on what it owns.
 */

/** The audience tokens stored with a consortium so that a list query finds exactly what canRead allows. */
export function audienceOf(state: ConsortiumState): string[] {
  const parties = [
    ...state.members.map(({ organisationId, clusterId }) => ({ organisationId, clusterId })),
    ...state.invitations.filter((invitation) => invitation.status === 'pending').map(({ organisationId, clusterId }) => ({ organisationId, clusterId })),
  ];
  return [...new Set(parties.flatMap((party) => [`org:${party.organisationId}`, `cluster:${party.clusterId}`]))].sort();
}

/** Which consortia a caller may list: every one, or those whose audience holds this token. */
export type ConsortiumListScope = { kind: 'all' } | { kind: 'audience'; token: string };

export function listScope(principal: Principal): ConsortiumListScope {
  if (principal.role === 'network-admin') return { kind: 'all' };
  if (principal.role === 'cluster-manager' && principal.clusterId !== undefined) return { kind: 'audience', token: `cluster:${principal.clusterId}` };
  if (principal.role === 'member' && principal.organisationId !== undefined) return { kind: 'audience', token: `org:${principal.organisationId}` };
  return deny();
}

export function canRead(principal: Principal, state: ConsortiumState): boolean {
  const scope = listScope(principal);
  return scope.kind === 'all' || audienceOf(state).includes(scope.token);
}

export function isCoordinatorSide(principal: Principal, state: ConsortiumState): boolean {
  return canManageOrganisation(principal, coordinatorOf(state));
}

/** May the caller act for this organisation of the consortium (a member, or an invitee)? */
export function actsFor(principal: Principal, party: { organisationId: string; clusterId: string }): boolean {
  return canManageOrganisation(principal, party);
}

export function assertReadable(principal: Principal, state: ConsortiumState): void {
  if (!canRead(principal, state)) deny();
}

export function assertCoordinatorSide(principal: Principal, state: ConsortiumState): void {
  if (!isCoordinatorSide(principal, state)) deny();
}

/** The coordinator side, or whoever acts for the given member (its own section, its own budget). */
export function assertCoordinatorOrMember(principal: Principal, state: ConsortiumState, organisationId: string): void {
  const member = memberOf(state, organisationId);
  if (isCoordinatorSide(principal, state) || (member !== undefined && actsFor(principal, member))) return;
  deny();
}

export function assertActsFor(principal: Principal, party: { organisationId: string; clusterId: string }): void {
  if (!actsFor(principal, party)) deny();
}

function deny(): never {
  // One message for every denial so the response does not reveal whose consortium it is.
  throw new DomainAccessDeniedError('You do not have access to this resource');
}
