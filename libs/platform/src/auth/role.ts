/**
 * The four roles of the platform (DESIGN.md §2 "Security"). The list is the single source of truth:
 * the token validator, the CLI and `@Roles()` all read it, so a typo'd role cannot slip through.
 */
export const ROLES = ['network-admin', 'cluster-manager', 'member', 'integrator'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
