import { canManageOrganisation, DomainAccessDeniedError, type Principal } from '@icn/platform';
import type { IntroductionState } from './introduction';

/*
 * Object-level authorisation for introductions (no BOLA). Each side is whoever may manage that
 * organisation: a member for itself, its cluster manager, the secretariat (network admin).
 *
 * - requester side (A): asks, may withdraw while pending;
 * - target side (B): accepts or declines;
 * - either side: reads, and records the outcome of an accepted introduction.
 *
 * Integrators do not read introductions: the message is correspondence between two members, and the
 * published events already tell integrators what happened.
 */

export function isRequesterSide(principal: Principal, introduction: IntroductionState): boolean {
  return canManageOrganisation(principal, { clusterId: introduction.requesterClusterId, organisationId: introduction.requesterOrganisationId });
}

export function isTargetSide(principal: Principal, introduction: IntroductionState): boolean {
  return canManageOrganisation(principal, { clusterId: introduction.targetClusterId, organisationId: introduction.targetOrganisationId });
}

export function canReadIntroduction(principal: Principal, introduction: IntroductionState): boolean {
  return isRequesterSide(principal, introduction) || isTargetSide(principal, introduction);
}

export function assertRequesterSide(principal: Principal, introduction: IntroductionState): void {
  if (!isRequesterSide(principal, introduction)) deny();
}

export function assertTargetSide(principal: Principal, introduction: IntroductionState): void {
  if (!isTargetSide(principal, introduction)) deny();
}

/** Reading and recording the outcome are open to both sides alike. */
export function assertEitherSide(principal: Principal, introduction: IntroductionState): void {
  if (!canReadIntroduction(principal, introduction)) deny();
}

/** Which introductions a caller may list: the same rule as canReadIntroduction, as a query scope. */
export type IntroductionListScope =
  | { kind: 'all' }
  /** A cluster manager: introductions whose requester or target is one of its members. */
  | { kind: 'cluster'; clusterId: string }
  /** A member: introductions its own organisation asked for or was asked for. */
  | { kind: 'organisation'; organisationId: string; clusterId: string };

export function listScope(principal: Principal): IntroductionListScope {
  if (principal.role === 'network-admin') return { kind: 'all' };
  if (principal.role === 'cluster-manager' && principal.clusterId !== undefined) return { kind: 'cluster', clusterId: principal.clusterId };
  if (principal.role === 'member' && principal.organisationId !== undefined && principal.clusterId !== undefined) {
    return { kind: 'organisation', organisationId: principal.organisationId, clusterId: principal.clusterId };
  }
  // Integrators are refused by @Roles; a token without the scope its role needs by AuthGuard.
  return deny();
}

function deny(): never {
  // One message for every denial so the response does not reveal whose introduction it is.
  throw new DomainAccessDeniedError('You do not have access to this resource');
}
