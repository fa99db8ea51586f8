import type { OpportunityMatchingInput, OrganisationMatchingInput } from '../matching-profile';

/** Fixed "now" of the matching tests; opportunity deadlines are set relative to it. */
export const TEST_NOW = Date.parse('2026-03-01T12:00:00.000Z');

/**
 * An organisation with nothing to match on: tests add exactly the sectors, technologies, offers and
 * needs they are about, so every point of a score is visible in the test.
 */
export function anOrganisation(organisationId: string, overrides: Partial<OrganisationMatchingInput> = {}): OrganisationMatchingInput {
  return {
    organisationId,
    clusterId: 'clean',
    name: `Organisation ${organisationId}`,
    helixType: 'other',
    country: 'DK',
    sectors: [],
    technologies: [],
    offers: [],
    needs: [],
    status: 'active',
    ...overrides,
  };
}

/** A published, open opportunity without targets; tests add what they are about. */
export function anOpportunity(opportunityId: string, overrides: Partial<OpportunityMatchingInput> = {}): OpportunityMatchingInput {
  return {
    opportunityId,
    type: 'tender',
    title: `Opportunity ${opportunityId}`,
    originClusterId: 'clean',
    publisher: { subject: 'publisher-user' },
    sectors: [],
    technologies: [],
    targetCountries: [],
    targetClusterIds: [],
    targetHelixTypes: [],
    visibility: 'network',
    deadline: '2026-06-30T00:00:00.000Z',
    status: 'published',
    ...overrides,
  };
}
