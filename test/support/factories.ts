import { HELIX_TYPES, SECTORS, type HelixType, type Sector } from '@icn/contracts';

/** Body of POST /clusters (membership's RegisterClusterDto). */
export interface ClusterInput {
  clusterId: string;
  name: string;
  country: string;
  region?: string;
  city?: string;
  website?: string;
  focusSectors: Sector[];
  memberCounts: { companies: number; publicAuthorities: number; researchInstitutions: number; other: number };
  secretariat: boolean;
}

/** Body of POST /organisations (membership's JoinOrganisationDto). */
export interface OrganisationInput {
  clusterId: string;
  name: string;
  helixType: HelixType;
  companySize?: 'sme' | 'large';
  country: string;
  city?: string;
  website?: string;
  description?: string;
  sectors: Sector[];
  technologies: string[];
  offers: string[];
  needs: string[];
  trl?: number;
}

export function clusterInput(clusterId: string, overrides: Partial<ClusterInput> = {}): ClusterInput {
  return {
    clusterId,
    name: `E2E cluster ${clusterId}`,
    country: 'DK',
    city: 'Copenhagen',
    website: `https://${clusterId}.example.org`,
    focusSectors: ['district-heating', 'energy-efficiency'],
    memberCounts: { companies: 0, publicAuthorities: 0, researchInstitutions: 0, other: 0 },
    secretariat: false,
    ...overrides,
  };
}

const COUNTRIES = ['DK', 'BE', 'NO', 'NL', 'SE', 'DE', 'FR', 'US', 'CN', 'KE'];
const TECHNOLOGIES = ['heat-pumps', 'lidar', 'electrolysers', 'smart-meters', 'biochar', 'membranes', 'battery-recycling'];

/**
 * A deterministic, varied organisation for index `n`: every optional field is exercised by some
 * indices and absent for others, so a projection that drops or mangles a field shows up when the
 * directory is compared with what was sent. The name carries the index for sorting and debugging.
 */
export function organisationInput(clusterId: string, n: number, overrides: Partial<OrganisationInput> = {}): OrganisationInput {
  const helixType = HELIX_TYPES[n % HELIX_TYPES.length] as HelixType;
  const input: OrganisationInput = {
    clusterId,
    name: `E2E organisation ${String(n).padStart(5, '0')}`,
    helixType,
    country: COUNTRIES[n % COUNTRIES.length] as string,
    sectors: [SECTORS[n % SECTORS.length] as Sector, SECTORS[(n + 5) % SECTORS.length] as Sector],
    technologies: [TECHNOLOGIES[n % TECHNOLOGIES.length] as string],
    offers: [`offer ${n}`],
    needs: n % 2 === 0 ? [`need ${n}`, 'partners in Asia'] : [],
  };
  if (helixType === 'company') input.companySize = n % 8 === 0 ? 'large' : 'sme';
  if (n % 3 === 0) input.city = `City ${n % 17}`;
  if (n % 4 === 1) input.website = `https://org-${n}.example.com`;
  if (n % 5 !== 2) input.description = `Organisation number ${n}, created by an end-to-end scenario.`;
  if (n % 2 === 1) input.trl = (n % 9) + 1;
  return { ...input, ...overrides };
}
