import { canManageCluster, canManageOrganisation, DomainAccessDeniedError, type Principal } from '@icn/platform';
import type { MissionApplicationV1 } from '@icn/contracts';
import type { MissionState } from './mission';

/*
 * Object-level authorisation for missions (no BOLA). Missions themselves are announcements to the
 * network, so every authenticated principal reads them. The organiser side (whoever may manage the
 * organiser cluster: its manager, the secretariat) runs the call and the selection; the host side
 * (whoever may manage the host cluster) lists local project owners; the applicant side (whoever
 * may manage the applicant organisation) applies and withdraws. Applications carry motivations and
 * travellers' names, so only the organiser side, integrators and each application's own side see
 * them; everyone sees the published delegation.
 */

export function isOrganiserSide(principal: Principal, mission: MissionState): boolean {
  return canManageCluster(principal, mission.organiserClusterId);
}

export function isHostSide(principal: Principal, mission: MissionState): boolean {
  return canManageCluster(principal, mission.hostClusterId);
}

export function isApplicantSide(principal: Principal, application: MissionApplicationV1): boolean {
  return canManageOrganisation(principal, { clusterId: application.clusterId, organisationId: application.organisationId });
}

export function assertOrganiserSide(principal: Principal, mission: MissionState): void {
  if (!isOrganiserSide(principal, mission)) deny();
}

export function assertHostSide(principal: Principal, mission: MissionState): void {
  if (!isHostSide(principal, mission)) deny();
}

export function assertApplicantSide(principal: Principal, application: MissionApplicationV1): void {
  if (!isApplicantSide(principal, application)) deny();
}

/** The applications this principal may read in full. */
export function readableApplications(principal: Principal, mission: MissionState): MissionApplicationV1[] {
  if (principal.role === 'integrator' || isOrganiserSide(principal, mission)) return mission.applications;
  return mission.applications.filter((application) => isApplicantSide(principal, application));
}

function deny(): never {
  // One message for every denial so the response does not reveal whose mission or application it is.
  throw new DomainAccessDeniedError('You do not have access to this resource');
}
