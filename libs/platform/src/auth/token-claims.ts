import { Principal } from './principal';
import { isRole, Role } from './role';

/** The custom claims an ICN access token carries (plus the registered `iss`, `iat`, `exp`). */
export interface TokenClaims {
  sub: string;
  role: Exclude<Role, 'integrator'>;
  clusterId?: string;
  organisationId?: string;
}

export type ClaimsResult = { ok: true; principal: Principal } | { ok: false; reason: string };

function optionalString(value: unknown): value is string | undefined {
  return value === undefined || (typeof value === 'string' && value.length > 0);
}

/**
 * Turns verified JWT claims into a Principal, rejecting combinations that would make scope checks
 * ambiguous: a cluster-manager without a cluster, a member without an organisation, or a
 * network-admin carrying a scope (which a reader might mistake for a restriction). Integrators
 * never hold tokens — they use API keys — so a token claiming that role is refused.
 */
export function principalFromClaims(claims: unknown): ClaimsResult {
  if (typeof claims !== 'object' || claims === null) return { ok: false, reason: 'claims are not an object' };
  const { sub, role, clusterId, organisationId } = claims as Record<string, unknown>;
  if (typeof sub !== 'string' || sub.length === 0) return { ok: false, reason: 'sub is missing' };
  if (!isRole(role)) return { ok: false, reason: 'role is missing or unknown' };
  if (!optionalString(clusterId) || !optionalString(organisationId)) {
    return { ok: false, reason: 'clusterId and organisationId must be non-empty strings' };
  }
  switch (role) {
    case 'integrator':
      return { ok: false, reason: 'integrators authenticate with an API key, not a token' };
    case 'network-admin':
      if (clusterId !== undefined || organisationId !== undefined) {
        return { ok: false, reason: 'a network-admin token carries no cluster or organisation scope' };
      }
      return { ok: true, principal: { kind: 'user', subject: sub, role } };
    case 'cluster-manager':
      if (clusterId === undefined) return { ok: false, reason: 'a cluster-manager token requires clusterId' };
      if (organisationId !== undefined) {
        return { ok: false, reason: 'a cluster-manager token carries no organisationId' };
      }
      return { ok: true, principal: { kind: 'user', subject: sub, role, clusterId } };
    case 'member':
      if (clusterId === undefined || organisationId === undefined) {
        return { ok: false, reason: 'a member token requires clusterId and organisationId' };
      }
      return { ok: true, principal: { kind: 'user', subject: sub, role, clusterId, organisationId } };
  }
}
