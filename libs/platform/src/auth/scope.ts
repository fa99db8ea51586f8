import { ForbiddenException } from '@nestjs/common';
import { Principal } from './principal';

/**
 * Object-level authorisation (OWASP API1, BOLA). `@Roles()` says who may call an endpoint; these
 * say whether this caller may touch *this* cluster or organisation. They are pure so every rule is
 * unit-tested, and handlers call them after loading the object (never trusting ids in the body).
 *
 * - network-admin (secretariat): everything.
 * - cluster-manager: reads and manages its own cluster and the organisations in it.
 * - member: reads its own cluster; manages only its own organisation.
 * - integrator: reads across the network (CRM / portal / analytics feeds), manages nothing.
 */
export type ScopeAccess = 'read' | 'manage';

export interface OrganisationRef {
  clusterId: string;
  organisationId: string;
}

export function isNetworkAdmin(principal: Principal): boolean {
  return principal.role === 'network-admin';
}

export function canReadCluster(principal: Principal, clusterId: string): boolean {
  switch (principal.role) {
    case 'network-admin':
    case 'integrator':
      return true;
    case 'cluster-manager':
    case 'member':
      return principal.clusterId === clusterId;
  }
}

export function canManageCluster(principal: Principal, clusterId: string): boolean {
  switch (principal.role) {
    case 'network-admin':
      return true;
    case 'cluster-manager':
      return principal.clusterId === clusterId;
    case 'member':
    case 'integrator':
      return false;
  }
}

export function canReadOrganisation(principal: Principal, organisation: OrganisationRef): boolean {
  return canReadCluster(principal, organisation.clusterId);
}

export function canManageOrganisation(principal: Principal, organisation: OrganisationRef): boolean {
  switch (principal.role) {
    case 'network-admin':
      return true;
    case 'cluster-manager':
      return principal.clusterId === organisation.clusterId;
    case 'member':
      // Both ids must agree: an organisation that moved cluster is no longer this member's.
      return principal.clusterId === organisation.clusterId && principal.organisationId === organisation.organisationId;
    case 'integrator':
      return false;
  }
}

function deny(): never {
  // One message for every denial so the response does not reveal whose object it is.
  throw new ForbiddenException('You do not have access to this resource');
}

/** Throws 403 unless the caller may access the cluster; defaults to the stricter 'manage'. */
export function assertClusterScope(principal: Principal, clusterId: string, access: ScopeAccess = 'manage'): void {
  const allowed = access === 'read' ? canReadCluster(principal, clusterId) : canManageCluster(principal, clusterId);
  if (!allowed) deny();
}

/** Throws 403 unless the caller may access the organisation; defaults to the stricter 'manage'. */
export function assertOrganisationScope(
  principal: Principal,
  organisation: OrganisationRef,
  access: ScopeAccess = 'manage',
): void {
  const allowed =
    access === 'read' ? canReadOrganisation(principal, organisation) : canManageOrganisation(principal, organisation);
  if (!allowed) deny();
}
