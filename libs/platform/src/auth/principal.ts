import { Role } from './role';

/** Humans authenticate with a JWT; machines (integrators) with an API key. */
export type PrincipalKind = 'user' | 'integrator';

/**
 * Who is calling, as established by `AuthGuard`. Scope fields are present exactly when the role
 * needs them (cluster-manager: clusterId; member: clusterId + organisationId), which the scope
 * helpers rely on.
 */
export interface Principal {
  readonly kind: PrincipalKind;
  /** JWT `sub`, or the integrator's configured key name. */
  readonly subject: string;
  readonly role: Role;
  readonly clusterId?: string;
  readonly organisationId?: string;
}
