import type { MatchmakingSchemas, MembershipSchemas } from './clients';

/**
 * The closed vocabularies of the APIs as values, for select boxes and checkboxes. The generated
 * clients carry them only as types, so each list is checked against its generated type both ways:
 * a value the API does not know is a compile error (`satisfies`), and so is a value the API added
 * that is missing here (`Exhaustive`).
 */
type Exhaustive<Listed, Api> = [Exclude<Api, Listed>] extends [never] ? true : false;
type Assert<Check extends true> = Check;

type JoinOrganisation = MembershipSchemas['schemas']['JoinOrganisationDto'];
type Organisation = MembershipSchemas['schemas']['OrganisationResponse'];

export type Sector = NonNullable<JoinOrganisation['sectors']>[number];
export type HelixType = JoinOrganisation['helixType'];
export type CompanySize = NonNullable<JoinOrganisation['companySize']>;
export type OrganisationStatus = Organisation['status'];
export type ClusterStatus = MembershipSchemas['schemas']['ClusterResponse']['status'];

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
] as const satisfies readonly Sector[];
export const HELIX_TYPES = ['company', 'public-authority', 'research-institution', 'other'] as const satisfies readonly HelixType[];
export const COMPANY_SIZES = ['sme', 'large'] as const satisfies readonly CompanySize[];
export const ORGANISATION_STATUSES = ['active', 'suspended', 'left'] as const satisfies readonly OrganisationStatus[];
export const CLUSTER_STATUSES = ['active', 'inactive'] as const satisfies readonly ClusterStatus[];

export type IntroductionPurpose = MatchmakingSchemas['schemas']['RequestIntroductionDto']['purpose'];
export type IntroductionOutcome = MatchmakingSchemas['schemas']['RecordIntroductionOutcomeDto']['outcome'];
export type PassportService = MatchmakingSchemas['schemas']['SubmitPassportApplicationDto']['services'][number];

export const INTRODUCTION_PURPOSES = [
  'partnership',
  'supplier',
  'customer',
  'investment',
  'research-cooperation',
  'market-entry',
] as const satisfies readonly IntroductionPurpose[];
export const INTRODUCTION_OUTCOMES = [
  'no-further-contact',
  'follow-up-meeting',
  'joint-proposal',
  'cooperation-agreement',
] as const satisfies readonly IntroductionOutcome[];
export const PASSPORT_SERVICES = ['local-key-contacts', 'partner-search', 'desk-hosting'] as const satisfies readonly PassportService[];

/** Compiles only while every list above names all of its type's values. */
export type VocabulariesComplete = [
  Assert<Exhaustive<(typeof SECTORS)[number], Sector>>,
  Assert<Exhaustive<(typeof HELIX_TYPES)[number], HelixType>>,
  Assert<Exhaustive<(typeof COMPANY_SIZES)[number], CompanySize>>,
  Assert<Exhaustive<(typeof ORGANISATION_STATUSES)[number], OrganisationStatus>>,
  Assert<Exhaustive<(typeof CLUSTER_STATUSES)[number], ClusterStatus>>,
  Assert<Exhaustive<(typeof INTRODUCTION_PURPOSES)[number], IntroductionPurpose>>,
  Assert<Exhaustive<(typeof INTRODUCTION_OUTCOMES)[number], IntroductionOutcome>>,
  Assert<Exhaustive<(typeof PASSPORT_SERVICES)[number], PassportService>>,
];

/** Narrows a form's string to one of `values` (a select or checkbox only offers those). */
export function oneOf<T extends string>(values: readonly T[], value: string): value is T {
  return values.some((known) => known === value);
}
