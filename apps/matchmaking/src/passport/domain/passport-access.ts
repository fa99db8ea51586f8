import { canManageCluster, canManageOrganisation, canReadCluster, type Principal } from '@icn/platform';
import { ForbiddenException } from '@nestjs/common';
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
 * Which party a cancellation comes from. The host side wins for the secretariat, which acts for the
 * network, not for the applicant; a caller that is neither gets the one 403 message.
 */
export function cancellingParty(principal: Principal, application: PassportApplicationState): PassportParty {
  if (isHostSide(principal, application)) return 'host';
  if (isApplicantSide(principal, application)) return 'applicant';
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
  throw new ForbiddenException('You do not have access to this resource');
}
