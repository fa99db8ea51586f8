import { randomBytes } from 'node:crypto';

/** A cluster slug no other test run uses (slugs are the cluster's primary key). */
export function uniqueClusterId(prefix = 'it'): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

export function clusterBody(clusterId: string): Record<string, unknown> {
  return { clusterId, name: `Test cluster ${clusterId}`, country: 'DK', city: 'Copenhagen', focusSectors: ['district-heating'] };
}

/** A valid join request; `name` should be unique per test so events can be told apart. */
export function organisationBody(clusterId: string, name: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    clusterId,
    name,
    helixType: 'company',
    companySize: 'sme',
    country: 'DK',
    city: 'Aalborg',
    sectors: ['district-heating', 'energy-efficiency'],
    technologies: ['heat-pumps'],
    offers: ['Large heat pumps'],
    needs: ['Partners in Germany'],
    trl: 8,
    contacts: [{ name: 'Mette Hansen', email: 'mette@example.org', role: 'CEO' }],
    ...overrides,
  };
}
