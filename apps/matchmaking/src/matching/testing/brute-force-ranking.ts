import type { IntroductionHistory } from '../introduction-history';
import type { MatchScore } from '../match-explanation';
import type { OpportunityProfile, OrganisationProfile } from '../matching-profile';
import { matchOpportunityWithOrganisation } from '../score-opportunity-match';
import { matchOrganisations } from '../score-organisation-match';
import { compareRanked } from '../top-k';

/**
 * The reference the index is tested against: score every pair with the pure scorers, sort them all,
 * keep the first `limit`. Slow and obviously right.
 */
export interface ReferenceOptions {
  nowMs: number;
  history?: IntroductionHistory;
  limit: number;
  minScore?: number;
}

export interface ReferenceMatch extends MatchScore {
  id: string;
}

export function referenceOrganisationsForOpportunity(
  opportunity: OpportunityProfile,
  organisations: readonly OrganisationProfile[],
  options: ReferenceOptions,
): ReferenceMatch[] {
  return keepBest(
    organisations.map((organisation) => [organisation.organisationId, matchOpportunityWithOrganisation(opportunity, organisation, options)] as const),
    options,
  );
}

export function referenceOrganisationsForOrganisation(
  source: OrganisationProfile,
  organisations: readonly OrganisationProfile[],
  options: ReferenceOptions,
): ReferenceMatch[] {
  return keepBest(
    organisations.map((candidate) => [candidate.organisationId, matchOrganisations(source, candidate, options.history)] as const),
    options,
  );
}

export function referenceOpportunitiesForOrganisation(
  organisation: OrganisationProfile,
  opportunities: readonly OpportunityProfile[],
  options: ReferenceOptions,
): ReferenceMatch[] {
  return keepBest(
    opportunities.map((opportunity) => [opportunity.opportunityId, matchOpportunityWithOrganisation(opportunity, organisation, options)] as const),
    options,
  );
}

function keepBest(scored: readonly (readonly [string, MatchScore | undefined])[], options: ReferenceOptions): ReferenceMatch[] {
  const matches: ReferenceMatch[] = [];
  for (const [id, match] of scored) {
    if (match !== undefined && match.score >= (options.minScore ?? 0)) matches.push({ id, ...match });
  }
  return matches.sort(compareRanked).slice(0, options.limit);
}
