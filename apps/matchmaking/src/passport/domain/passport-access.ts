import { canManageCluster, canManageOrganisation, canReadCluster, DomainAccessDeniedError, type Principal } from '@icn/platform';
import type { PassportParty } from '@icn/contracts';
import type { PassportApplicationState } from './passport-application';

/*
 * Object-level authorisation for Passport applications (no BOLA): the applicant side is whoever
 * may manage the applicant organisation (the member itself, its cluster manager, the secretariat);
 * the host side is whoever may manage the host cluster. Integrators only read.
 */

export function isApplicantSide(principal: Principal, application: PassportApplicationState): boolean {
  return canManageOrganisation(principal, { clusterId: application.homeClusterId, organisationId: application.organisationId });
}

export function isHostSide(principal: Principal, application: PassportApplicationState): boolean {
  return canManageCluster(principal, application.hostClusterId);
}

export function canReadApplication(principal: Principal, application: PassportApplicationState): boolean {
  return (
    principal.role === 'integrator' ||
    isApplicantSide(principal, application) ||
    isHostSide(principal, application) ||
    // A home cluster manager follows its members' visits even when it did not file them.
    (principal.role === 'cluster-manager' && canReadCluster(principal, application.homeClusterId))
  );
}

/**
 * Which party a cancellation comes from. The secretariat may manage both sides but acts for the
 * network, so it is recorded as `network`: the yearly figures and the host's own records must not
 * show a visit the host never cancelled as cancelled by the host. A caller that is neither side
 * gets the one 403 message.
 */
export function cancellingParty(principal: Principal, application: PassportApplicationState): PassportParty {
  if (principal.role === 'network-admin') return 'network';
  if (isHostSide(principal, application)) return 'host';
  if (isApplicantSide(principal, application)) return 'applicant';
  return deny();
}

/**
 * Which applications a caller may list, as a filter the repository turns into a query: the same
 * rule as canReadApplication, so a list never shows what GET /:id would refuse.
 */
export type ApplicationListScope =
  | { kind: 'all' }
  /** A cluster manager: visits its cluster hosts and visits of its own members. */
  | { kind: 'cluster'; clusterId: string }
  /** A member: its own organisation's applications. */
  | { kind: 'organisation'; organisationId: string };

export function listScope(principal: Principal): ApplicationListScope {
  if (principal.role === 'network-admin' || principal.role === 'integrator') return { kind: 'all' };
  if (principal.role === 'cluster-manager' && principal.clusterId !== undefined) return { kind: 'cluster', clusterId: principal.clusterId };
  if (principal.role === 'member' && principal.organisationId !== undefined) return { kind: 'organisation', organisationId: principal.organisationId };
  // A token without the scope its role needs is rejected by AuthGuard; this only keeps the type total.
  return deny();
}

export function assertHostSide(principal: Principal, application: PassportApplicationState): void {
  if (!isHostSide(principal, application)) deny();
}

export function assertReadable(principal: Principal, application: PassportApplicationState): void {
  if (!canReadApplication(principal, application)) deny();
}

function deny(): never {
  // One message for every denial so the response does not reveal whose application it is.
  throw new DomainAccessDeniedError('You do not have access to this resource');
}
