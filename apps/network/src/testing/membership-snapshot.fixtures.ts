import { randomUUID } from 'node:crypto';
import type { ClusterSnapshotV1, OrganisationSnapshotV1 } from '@icn/contracts';

/** Valid membership snapshots for tests; override only what the test is about. */
export function anOrganisation(overrides: Partial<OrganisationSnapshotV1> = {}): OrganisationSnapshotV1 {
  return {
    organisationId: randomUUID(),
    clusterId: 'clean',
    name: 'Nordic Heat Pumps ApS',
    helixType: 'company',
    companySize: 'sme',
    country: 'DK',
    sectors: ['district-heating'],
    technologies: ['heat-pumps'],
    offers: [],
    needs: [],
    contacts: [],
    status: 'active',
    joinedAt: '2025-01-15T09:00:00.000Z',
    ...overrides,
  };
}

export function aCluster(overrides: Partial<ClusterSnapshotV1> = {}): ClusterSnapshotV1 {
  return {
    clusterId: 'clean',
    name: 'CLEAN',
    country: 'DK',
    focusSectors: ['district-heating'],
    memberCounts: { companies: 120, publicAuthorities: 20, researchInstitutions: 10, other: 5 },
    secretariat: false,
    status: 'active',
    ...overrides,
  };
}
