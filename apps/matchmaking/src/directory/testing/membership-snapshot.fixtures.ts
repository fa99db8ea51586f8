import { randomUUID } from 'node:crypto';
import type { CloudEvent, ClusterSnapshotV1, ContactSnapshotV1, OrganisationSnapshotV1 } from '@icn/contracts';

/** Valid membership snapshots for tests; override only what the test is about. */
export function anOrganisation(overrides: Partial<OrganisationSnapshotV1> = {}): OrganisationSnapshotV1 {
  return {
    organisationId: randomUUID(),
    clusterId: 'clean',
    name: 'Nordic Heat Pumps ApS',
    helixType: 'company',
    companySize: 'sme',
    country: 'DK',
    city: 'Aarhus',
    website: 'https://heatpumps.example.dk',
    description: 'Large heat pumps for district heating.',
    sectors: ['district-heating', 'energy-efficiency'],
    technologies: ['heat-pumps'],
    offers: ['Heat pump design'],
    needs: ['Pilot sites in Germany'],
    trl: 7,
    contacts: [aContact()],
    status: 'active',
    joinedAt: '2025-01-15T09:00:00.000Z',
    ...overrides,
  };
}

export function aContact(overrides: Partial<ContactSnapshotV1> = {}): ContactSnapshotV1 {
  return { contactId: randomUUID(), name: 'Mette Jensen', role: 'CTO', email: 'mette@heatpumps.example.dk', ...overrides };
}

export function aCluster(overrides: Partial<ClusterSnapshotV1> = {}): ClusterSnapshotV1 {
  return {
    clusterId: 'clean',
    name: 'CLEAN',
    country: 'DK',
    region: 'Hovedstaden',
    city: 'Copenhagen',
    website: 'https://clean.example.dk',
    focusSectors: ['district-heating', 'water'],
    memberCounts: { companies: 120, publicAuthorities: 20, researchInstitutions: 10, other: 5 },
    secretariat: true,
    status: 'active',
    ...overrides,
  };
}

/** A hand-built envelope for unit tests (integration tests use the messaging library's builder). */
export function anEnvelope<T>(type: string, subject: string, sequence: number, data: T): CloudEvent<T> {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: 'membership',
    type,
    subject,
    time: '2025-02-01T10:00:00.000Z',
    datacontenttype: 'application/json',
    correlationid: randomUUID(),
    subjectsequence: sequence,
    data,
  };
}
