import type { OrganisationState } from '../organisations/domain/organisation';

/** A valid active company at version 1, for unit tests; override what the test is about. */
export function anOrganisation(overrides: Partial<OrganisationState> = {}): OrganisationState {
  return {
    organisationId: '3f0c1c5e-8a7a-4d1e-9a55-2f1b7f0d9c11',
    clusterId: 'clean',
    name: 'Aalborg Heat Solutions ApS',
    helixType: 'company',
    companySize: 'sme',
    country: 'DK',
    city: 'Aalborg',
    sectors: ['district-heating'],
    technologies: ['heat-pumps'],
    offers: ['Large heat pumps for district heating'],
    needs: ['Partners in Germany'],
    trl: 8,
    contacts: [],
    status: 'active',
    joinedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

export const NOW = new Date('2026-03-01T12:00:00.000Z');
