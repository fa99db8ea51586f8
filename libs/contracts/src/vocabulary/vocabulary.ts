/**
 * Controlled vocabularies shared by every service. Matching and filtering compare these values, so
 * they are closed lists rather than free text; extending a list is a backward-compatible change.
 */
export const HELIX_TYPES = ['company', 'public-authority', 'research-institution', 'other'] as const;
export type HelixType = (typeof HELIX_TYPES)[number];

export const COMPANY_SIZES = ['sme', 'large'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

export const SECTORS = [
  'renewable-energy',
  'energy-efficiency',
  'district-heating',
  'energy-storage',
  'hydrogen',
  'smart-grids',
  'smart-cities',
  'buildings',
  'mobility',
  'water',
  'waste-and-recycling',
  'circular-economy',
  'bioeconomy',
  'agri-food',
  'air-quality',
  'climate-adaptation',
  'digital-cleantech',
] as const;
export type Sector = (typeof SECTORS)[number];

export const ORGANISATION_STATUSES = ['active', 'suspended', 'left'] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

export const CLUSTER_STATUSES = ['active', 'inactive'] as const;
export type ClusterStatus = (typeof CLUSTER_STATUSES)[number];

/** Cluster ids are short human-readable slugs (`clean`, `tweed`, `nordic-edge`). */
export const CLUSTER_ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
/** Technologies and capabilities are lowercase kebab-case tags (`heat-pumps`, `lidar`). */
export const TAG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/;
