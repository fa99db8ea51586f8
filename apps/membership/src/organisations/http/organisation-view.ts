import { canReadOrganisation, type Principal } from '@icn/platform';
import type { OrganisationState } from '../domain/organisation';

/** An organisation as one principal may see it: the contacts only when it may read the organisation's cluster. */
export type OrganisationView = Omit<OrganisationState, 'contacts'> & Partial<Pick<OrganisationState, 'contacts'>>;

/**
 * The profile is network-wide (finding partners across clusters is the point of the network, and
 * matchmaking's directory shows the same to everyone); the contacts are personal data, shown only
 * to those who may read the organisation (`canReadOrganisation`: its own cluster's people, the
 * network admin, integrators) — the same rule as matchmaking's directory.
 */
export function organisationAsSeenBy(principal: Principal, organisation: OrganisationState): OrganisationView {
  if (canReadOrganisation(principal, organisation)) return organisation;
  const { contacts: _personalData, ...profile } = organisation;
  return profile;
}
