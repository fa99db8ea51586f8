import type { CompanySize, HelixType, OpportunitySnapshotV1, OpportunityVisibility, OrganisationSnapshotV1, OrganisationStatus, PublishedOpportunityStatus, Sector } from '@icn/contracts';
import { compareText } from './compare-text';
import { NO_POOL, type Intern } from './string-pool';
import { countriesNamedIn } from './text/country-names';
import { termsOf } from './text/normalise-terms';

/**
 * What matching reads of an organisation. Structural, so both the membership snapshot and the
 * directory read model (which stores the same fields) can be passed as they are.
 */
export type OrganisationMatchingInput = Pick<
  OrganisationSnapshotV1,
  'organisationId' | 'clusterId' | 'name' | 'helixType' | 'companySize' | 'country' | 'sectors' | 'technologies' | 'offers' | 'needs' | 'status'
>;

/** What matching reads of an opportunity (its published snapshot). */
export type OpportunityMatchingInput = Pick<
  OpportunitySnapshotV1,
  | 'opportunityId'
  | 'type'
  | 'title'
  | 'originClusterId'
  | 'publisher'
  | 'sectors'
  | 'technologies'
  | 'targetCountries'
  | 'targetClusterIds'
  | 'visibility'
  | 'targetHelixTypes'
  | 'deadline'
  | 'status'
>;

/** An offer or a need: the text as written (for explanations) and its normalised terms. */
export interface TextItem {
  text: string;
  /** Sorted, distinct (see text/normalise-terms.ts). */
  terms: readonly string[];
}

/** A need that names a country ("Pilot sites in Germany" -> DE). */
export interface CountryInNeed {
  country: string;
  need: string;
}

/**
 * An organisation prepared for scoring: lists sorted and de-duplicated so a score never depends on
 * the order a member typed things in, texts reduced to terms once rather than at every ranking.
 */
export interface OrganisationProfile {
  organisationId: string;
  clusterId: string;
  name: string;
  helixType: HelixType;
  companySize?: CompanySize;
  country: string;
  status: OrganisationStatus;
  sectors: readonly Sector[];
  technologies: readonly string[];
  /** Sorted by text; empty-term items dropped (they can match nothing). */
  offers: readonly TextItem[];
  needs: readonly TextItem[];
  /** Countries named in its needs, sorted by country; the first need naming each is kept. */
  countriesInNeeds: readonly CountryInNeed[];
}

export interface OpportunityProfile {
  opportunityId: string;
  type: OpportunitySnapshotV1['type'];
  title: string;
  originClusterId: string;
  publisherOrganisationId?: string;
  sectors: readonly Sector[];
  technologies: readonly string[];
  targetCountries: ReadonlySet<string>;
  targetClusterIds: ReadonlySet<string>;
  /** With targetClusterIds and originClusterId: who may see it (the network's one rule, @icn/platform). */
  visibility: OpportunityVisibility;
  targetHelixTypes: ReadonlySet<HelixType>;
  /** Epoch milliseconds. */
  deadline: number;
  status: PublishedOpportunityStatus;
}

/**
 * `intern` returns the shared copy of a string (see string-pool.ts): vocabulary values and terms
 * repeat across organisations, so the index keeps one copy of each.
 */
export function toOrganisationProfile(input: OrganisationMatchingInput, intern: Intern = NO_POOL): OrganisationProfile {
  const needs = textItems(input.needs, intern);
  const profile: OrganisationProfile = {
    organisationId: input.organisationId,
    clusterId: intern(input.clusterId),
    name: input.name,
    helixType: input.helixType,
    country: intern(input.country),
    status: input.status,
    sectors: sortedDistinct(input.sectors).map(intern),
    technologies: sortedDistinct(input.technologies).map(intern),
    offers: textItems(input.offers, intern),
    needs,
    countriesInNeeds: countriesIn(needs),
  };
  if (input.companySize !== undefined) profile.companySize = input.companySize;
  return profile;
}

export function toOpportunityProfile(input: OpportunityMatchingInput): OpportunityProfile {
  const profile: OpportunityProfile = {
    opportunityId: input.opportunityId,
    type: input.type,
    title: input.title,
    originClusterId: input.originClusterId,
    sectors: sortedDistinct(input.sectors),
    technologies: sortedDistinct(input.technologies),
    targetCountries: new Set(input.targetCountries),
    targetClusterIds: new Set(input.targetClusterIds),
    visibility: input.visibility,
    targetHelixTypes: new Set(input.targetHelixTypes),
    deadline: Date.parse(input.deadline),
    status: input.status,
  };
  if (input.publisher.organisationId !== undefined) profile.publisherOrganisationId = input.publisher.organisationId;
  return profile;
}

function sortedDistinct<T extends string>(values: readonly T[]): T[] {
  return [...new Set(values)].sort();
}

function textItems(texts: readonly string[], intern: Intern): TextItem[] {
  const byText = new Map<string, TextItem>();
  for (const raw of texts) {
    const text = raw.trim();
    const terms = termsOf(text).map(intern);
    if (terms.length > 0 && !byText.has(text)) byText.set(text, { text, terms });
  }
  return [...byText.values()].sort((a, b) => compareText(a.text, b.text));
}

function countriesIn(needs: readonly TextItem[]): CountryInNeed[] {
  const byCountry = new Map<string, CountryInNeed>();
  for (const need of needs) {
    for (const country of countriesNamedIn(need.text)) {
      if (!byCountry.has(country)) byCountry.set(country, { country, need: need.text });
    }
  }
  return [...byCountry.values()].sort((a, b) => compareText(a.country, b.country));
}
