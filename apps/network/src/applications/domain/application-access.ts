import { canReadApplication, DomainAccessDeniedError, type Principal } from '@icn/platform';
import type { ApplicationState } from './application';

/*
 * Object-level authorisation for applications (no BOLA). An application is its organisation's
 * business, its cluster's (whose manager endorses it) and the secretariat's (which forwards it):
 * - the applicant side is a member acting for its own organisation: drafts, answers, submits, withdraws;
 * - the endorsing side is the cluster manager of the applicant's cluster: returns or endorses;
 * - the secretariat (network-admin) forwards and records the partner's answer;
 * - a manager of another cluster or a member of another organisation sees nothing of it (403).
 * Integrators follow applications through the events, not this API.
 */

/** Which applications a caller may list: every one, a cluster's, or an organisation's. */
export type ApplicationListScope = { kind: 'all' } | { kind: 'cluster'; clusterId: string } | { kind: 'organisation'; organisationId: string };

export function listScope(principal: Principal): ApplicationListScope {
  if (principal.role === 'network-admin') return { kind: 'all' };
  if (principal.role === 'cluster-manager' && principal.clusterId !== undefined) return { kind: 'cluster', clusterId: principal.clusterId };
  if (principal.role === 'member' && principal.organisationId !== undefined) return { kind: 'organisation', organisationId: principal.organisationId };
  return deny();
}

/** The platform's one rule (visibility.ts), so matchmaking's rankings hide exactly what this API refuses. */
export function canRead(principal: Principal, application: ApplicationState): boolean {
  return canReadApplication(principal, application);
}

/** A member of the applicant organisation (both ids must agree: an organisation that moved cluster is no longer this member's). */
export function isApplicantSide(principal: Principal, application: Pick<ApplicationState, 'organisationId' | 'clusterId'>): boolean {
  return principal.role === 'member' && principal.organisationId === application.organisationId && principal.clusterId === application.clusterId;
}

export function isEndorsingSide(principal: Principal, application: Pick<ApplicationState, 'clusterId'>): boolean {
  return principal.role === 'cluster-manager' && principal.clusterId === application.clusterId;
}

/** The organisation a member applies for: its own (only members apply). */
export function applicantOrganisationOf(principal: Principal): string {
  if (principal.role !== 'member' || principal.organisationId === undefined) return deny();
  return principal.organisationId;
}

export function assertReadable(principal: Principal, application: ApplicationState): void {
  if (!canRead(principal, application)) deny();
}

export function assertApplicantSide(principal: Principal, application: Pick<ApplicationState, 'organisationId' | 'clusterId'>): void {
  if (!isApplicantSide(principal, application)) deny();
}

export function assertEndorsingSide(principal: Principal, application: ApplicationState): void {
  if (!isEndorsingSide(principal, application)) deny();
}

export function assertSecretariat(principal: Principal): void {
  if (principal.role !== 'network-admin') deny();
}

function deny(): never {
  // One message for every denial so the response does not reveal whose application it is.
  throw new DomainAccessDeniedError('You do not have access to this resource');
}
