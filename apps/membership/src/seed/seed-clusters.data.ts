import type { Sector } from '@icn/contracts';

export interface SeedCluster {
  clusterId: string;
  name: string;
  country: string;
  region?: string;
  city: string;
  focusSectors: Sector[];
  secretariat: boolean;
}

/**
 * The five clusters named in ICN's own material (DESIGN.md §1). Focus sectors are plausible summaries
 * for demos, not the clusters' official statements; member counts are left at zero rather than invented.
 */
export const SEED_CLUSTERS: readonly SeedCluster[] = [
  {
    clusterId: 'clean',
    name: 'CLEAN',
    country: 'DK',
    region: 'Capital Region of Denmark',
    city: 'Copenhagen',
    focusSectors: ['district-heating', 'energy-efficiency', 'water', 'waste-and-recycling', 'circular-economy', 'smart-cities'],
    secretariat: true,
  },
  {
    clusterId: 'tweed',
    name: 'TWEED',
    country: 'BE',
    region: 'Wallonia',
    city: 'Liège',
    focusSectors: ['renewable-energy', 'energy-efficiency', 'hydrogen', 'smart-grids', 'energy-storage'],
    secretariat: false,
  },
  {
    clusterId: 'nordic-edge',
    name: 'Nordic Edge',
    country: 'NO',
    region: 'Rogaland',
    city: 'Stavanger',
    focusSectors: ['smart-cities', 'mobility', 'digital-cleantech', 'buildings'],
    secretariat: false,
  },
  {
    clusterId: 'clean-tech-delta',
    name: 'Clean Tech Delta',
    country: 'NL',
    region: 'South Holland',
    city: 'Rotterdam',
    focusSectors: ['water', 'climate-adaptation', 'circular-economy', 'energy-efficiency'],
    secretariat: false,
  },
  {
    clusterId: 'sustainable-business-hub',
    name: 'Sustainable Business Hub',
    country: 'SE',
    region: 'Skåne',
    city: 'Malmö',
    focusSectors: ['circular-economy', 'bioeconomy', 'renewable-energy', 'smart-cities', 'water'],
    secretariat: false,
  },
];
