import { isEligibleFor, isOpenAt } from './eligibility';
import { NO_INTRODUCTION_HISTORY, type IntroductionHistory } from './introduction-history';
import type { MatchReason, MatchScore } from './match-explanation';
import type { OpportunityProfile, OrganisationProfile } from './matching-profile';
import { MATCHING_WEIGHTS as W } from './matching-weights';
import { applyFeedback, trackRecordFactor, type PairFeedback } from './outcome-feedback';
import { intersectSorted } from './sorted-lists';

/**
 * Opportunity <-> organisation. The same score ranks organisations for an opportunity and
 * opportunities for an organisation. What counts: shared sectors and technologies (the theme; at
 * least one is required), the opportunity's explicit targets the organisation meets, then outcome
 * feedback (the organisation's track record, and a previous introduction to the publisher).
 */

/** The pair after the hard filters (open opportunity, eligible organisation), or undefined. */
export function matchOpportunityWithOrganisation(
  opportunity: OpportunityProfile,
  organisation: OrganisationProfile,
  context: { nowMs: number; history?: IntroductionHistory },
): MatchScore | undefined {
  if (!isOpenAt(opportunity, context.nowMs) || !isEligibleFor(opportunity, organisation)) return undefined;
  return explainOpportunityMatch(opportunity, organisation, context.history ?? NO_INTRODUCTION_HISTORY);
}

/** Score and reasons of a pair that passed the hard filters; undefined when they share no theme. */
export function explainOpportunityMatch(opportunity: OpportunityProfile, organisation: OrganisationProfile, history: IntroductionHistory): MatchScore | undefined {
  const sectors = intersectSorted(opportunity.sectors, organisation.sectors);
  const technologies = intersectSorted(opportunity.technologies, organisation.technologies);
  if (sectors.length + technologies.length === 0) return undefined;
  const reasons: MatchReason[] = [
    ...sectors.map((sector): MatchReason => ({ kind: 'sector', sector, weight: W.sharedSector, contribution: W.sharedSector })),
    ...technologies.map((technology): MatchReason => ({ kind: 'technology', technology, weight: W.sharedTechnology, contribution: W.sharedTechnology })),
    ...targetingReasons(opportunity, organisation),
  ];
  const base = opportunityBaseScore(sectors.length, technologies.length, targetingScore(opportunity));
  const feedback = applyFeedback(base, opportunityFeedback(opportunity, organisation.organisationId, history));
  return { score: feedback.score, reasons: [...reasons, ...feedback.reasons] };
}

/** The base score; the ranking loop calls it with counts from the inverted indexes. */
export function opportunityBaseScore(sharedSectors: number, sharedTechnologies: number, targeting: number): number {
  return sharedSectors * W.sharedSector + sharedTechnologies * W.sharedTechnology + targeting;
}

/**
 * What the opportunity's targets add. Targets are hard filters, so every eligible organisation meets
 * all of them: the sum is the same for each and computed once per opportunity.
 */
export function targetingScore(opportunity: OpportunityProfile): number {
  return (
    (opportunity.targetCountries.size > 0 ? W.targetedCountry : 0) +
    (opportunity.targetHelixTypes.size > 0 ? W.targetedHelixType : 0) +
    (opportunity.targetClusterIds.size > 0 ? W.targetedCluster : 0)
  );
}

function targetingReasons(opportunity: OpportunityProfile, organisation: OrganisationProfile): MatchReason[] {
  const reasons: MatchReason[] = [];
  if (opportunity.targetCountries.size > 0) {
    reasons.push({ kind: 'country', rule: 'targeted-country', country: organisation.country, weight: W.targetedCountry, contribution: W.targetedCountry });
  }
  if (opportunity.targetHelixTypes.size > 0) {
    reasons.push({ kind: 'helix', rule: 'targeted-helix-type', helixType: organisation.helixType, weight: W.targetedHelixType, contribution: W.targetedHelixType });
  }
  if (opportunity.targetClusterIds.size > 0) {
    reasons.push({ kind: 'cluster', rule: 'targeted-cluster', clusterId: organisation.clusterId, weight: W.targetedCluster, contribution: W.targetedCluster });
  }
  return reasons;
}

function opportunityFeedback(opportunity: OpportunityProfile, organisationId: string, history: IntroductionHistory): PairFeedback {
  const feedback: PairFeedback = { trackRecord: { factor: trackRecordFactor(history.trackRecord(organisationId)), organisationIds: [organisationId] } };
  const publisherId = opportunity.publisherOrganisationId;
  const outcome = publisherId === undefined ? undefined : history.latestOutcomesWith(publisherId)?.get(organisationId);
  if (publisherId !== undefined && outcome !== undefined) feedback.previousIntroduction = { outcome, between: [publisherId, organisationId] };
  return feedback;
}
