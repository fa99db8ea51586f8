import { isRole, Role } from './role';
import { ClaimsResult, principalFromClaims } from './token-claims';

/** Where an identity provider puts the platform role and scope in its access tokens. */
export interface OidcClaimMapping {
  /** Claim name or dot path; its value is a string or an array of strings (IdP role lists). */
  readonly roleClaim: string;
  readonly clusterClaim: string;
  readonly organisationClaim: string;
}

export const DEFAULT_OIDC_CLAIM_MAPPING: OidcClaimMapping = {
  roleClaim: 'role',
  clusterClaim: 'clusterId',
  organisationClaim: 'organisationId',
};

/**
 * The value at a claim name or dot path. A name present as it is wins over the path reading, so a
 * namespaced claim with dots in its name (`https://icn.example.org/role`) works as well as a nested
 * one (`realm_access.roles`).
 */
export function claimAt(claims: Readonly<Record<string, unknown>>, path: string): unknown {
  if (Object.hasOwn(claims, path)) return claims[path];
  let value: unknown = claims;
  for (const segment of path.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

type RoleResult = { ok: true; role: Role } | { ok: false; reason: string };

/**
 * The one platform role in a role claim. Providers list every role a user has (Keycloak's
 * `realm_access.roles` also holds `offline_access`, `default-roles-…`), so values that are not
 * platform roles are ignored; two different platform roles are refused rather than guessed between,
 * because the role decides the scope.
 */
export function platformRoleOf(value: unknown, claimName: string): RoleResult {
  const values = typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined;
  if (values === undefined || !values.every((item): item is string => typeof item === 'string')) {
    return { ok: false, reason: `${claimName} is missing or neither a string nor an array of strings` };
  }
  const roles = [...new Set(values.filter(isRole))];
  if (roles.length === 0) return { ok: false, reason: `${claimName} holds no platform role` };
  if (roles.length > 1) return { ok: false, reason: `${claimName} holds more than one platform role (${roles.join(', ')})` };
  return { ok: true, role: roles[0] as Role };
}

/**
 * Turns the verified claims of an identity provider's access token into a Principal: the role,
 * cluster and organisation are read where the mapping says, then the same rules as for any token
 * apply (`principalFromClaims`: a member needs both ids, a network admin carries none, …).
 */
export function principalFromOidcClaims(claims: Readonly<Record<string, unknown>>, mapping: OidcClaimMapping): ClaimsResult {
  const role = platformRoleOf(claimAt(claims, mapping.roleClaim), mapping.roleClaim);
  if (!role.ok) return role;
  const clusterId = claimAt(claims, mapping.clusterClaim);
  const organisationId = claimAt(claims, mapping.organisationClaim);
  return principalFromClaims({
    sub: claims['sub'],
    role: role.role,
    ...(clusterId !== undefined && { clusterId }),
    ...(organisationId !== undefined && { organisationId }),
  });
}
