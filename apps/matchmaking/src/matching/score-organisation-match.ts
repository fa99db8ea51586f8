import { arePairable } from './eligibility';
import { helixReasons, helixScore } from './helix-complementarity';
import { NO_INTRODUCTION_HISTORY, type IntroductionHistory } from './introduction-history';
import type { MatchReason, MatchScore, OfferNeedReason } from './match-explanation';
import type { OrganisationProfile, TextItem } from './matching-profile';
import { compareText } from './compare-text';
import { MATCHING_WEIGHTS as W } from './matching-weights';
import { applyFeedback, trackRecordFactor, type PairFeedback } from './outcome-feedback';
import { intersectSorted } from './sorted-lists';
import { termOverlap, termSimilarity } from './text/term-similarity';

/**
 * Organisation <-> organisation. What counts: offers of one answering needs of the other (both
 * directions), shared sectors and technologies, a country one names in a need being the other's
 * country (at least one of these four is required), then helix complementarity and outcome feedback.
 *
 * The score is symmetric, bit for bit: the pair is always scored with the smaller id on the left, so
 * A sees B with exactly the score B sees A.
 */

/** An offer of `offerer` answering a need of `needer`. */
export interface OfferNeedPair {
  offer: TextItem;
  need: TextItem;
  similarity: number;
}

/** The pair after the hard filters (both active, not the same organisation), or undefined. */
export function matchOrganisations(a: OrganisationProfile, b: OrganisationProfile, history: IntroductionHistory = NO_INTRODUCTION_HISTORY): MatchScore | undefined {
  if (!arePairable(a, b)) return undefined;
  return explainOrganisationMatch(a, b, history);
}

/** Score and reasons of a pair that passed the hard filters; undefined when they share no theme. */
export function explainOrganisationMatch(a: OrganisationProfile, b: OrganisationProfile, history: IntroductionHistory): MatchScore | undefined {
  const [left, right] = inCanonicalOrder(a, b);
  const sectors = intersectSorted(left.sectors, right.sectors);
  const technologies = intersectSorted(left.technologies, right.technologies);
  const leftOffers = bestOfferNeedPairs(left, right);
  const rightOffers = bestOfferNeedPairs(right, left);
  const countries = [...countryNamedInNeedReasons(left, right), ...countryNamedInNeedReasons(right, left)];
  if (sectors.length + technologies.length + leftOffers.length + rightOffers.length + countries.length === 0) return undefined;

  const reasons: MatchReason[] = [
    ...leftOffers.map((pair) => offerNeedReason(left, right, pair)),
    ...rightOffers.map((pair) => offerNeedReason(right, left, pair)),
    ...sectors.map((sector): MatchReason => ({ kind: 'sector', sector, weight: W.sharedSector, contribution: W.sharedSector })),
    ...technologies.map((technology): MatchReason => ({ kind: 'technology', technology, weight: W.sharedTechnology, contribution: W.sharedTechnology })),
    ...countries,
    ...helixReasons(left, right),
  ];
  const base = organisationBaseScore(
    left,
    right,
    sectors.length,
    technologies.length,
    offerNeedScore(leftOffers) + offerNeedScore(rightOffers),
    countries.length * W.countryNamedInNeed,
  );
  const feedback = applyFeedback(base, organisationFeedback(left, right, history));
  return { score: feedback.score, reasons: [...reasons, ...feedback.reasons] };
}

/** The base score of a canonical pair; the ranking loop calls it with counts from the inverted indexes. */
export function organisationBaseScore(
  left: OrganisationProfile,
  right: OrganisationProfile,
  sharedSectors: number,
  sharedTechnologies: number,
  offerNeed: number,
  countries: number,
): number {
  return sharedSectors * W.sharedSector + sharedTechnologies * W.sharedTechnology + offerNeed + countries + helixScore(left, right);
}

/** The pair in the order it is always scored in: smaller id first. */
export function inCanonicalOrder(a: OrganisationProfile, b: OrganisationProfile): [OrganisationProfile, OrganisationProfile] {
  return compareText(a.organisationId, b.organisationId) <= 0 ? [a, b] : [b, a];
}

/**
 * For each need of `needer`, the offer of `offerer` that answers it best (at least the minimum
 * similarity; ties go to the offer first in text order); then the strongest `maxPairsPerDirection`
 * of those (ties: need text order).
 */
export function bestOfferNeedPairs(offerer: OrganisationProfile, needer: OrganisationProfile): OfferNeedPair[] {
  const pairs: OfferNeedPair[] = [];
  for (const need of needer.needs) {
    let best: OfferNeedPair | undefined;
    for (const offer of offerer.offers) {
      const similarity = termSimilarity(offer.terms, need.terms);
      if (similarity >= W.minOfferNeedSimilarity && (best === undefined || similarity > best.similarity)) best = { offer, need, similarity };
    }
    if (best !== undefined) pairs.push(best);
  }
  pairs.sort((x, y) => y.similarity - x.similarity || compareText(x.need.text, y.need.text));
  return pairs.slice(0, W.maxPairsPerDirection);
}

/** What one direction's pairs add, summed in their (deterministic) order. */
export function offerNeedScore(pairs: readonly OfferNeedPair[]): number {
  let score = 0;
  for (const pair of pairs) score += W.offerNeedPair * pair.similarity;
  return score;
}

/** 1 when a need of `needer` names `other`'s country, else 0 (one country per organisation). */
export function countryNamedInNeedCount(needer: OrganisationProfile, other: OrganisationProfile): number {
  return needer.countriesInNeeds.some((named) => named.country === other.country) ? 1 : 0;
}

/** The feedback of a canonical pair: the mean of both track records, and their previous introduction. */
export function organisationFeedback(left: OrganisationProfile, right: OrganisationProfile, history: IntroductionHistory): PairFeedback {
  const factor = (trackRecordFactor(history.trackRecord(left.organisationId)) + trackRecordFactor(history.trackRecord(right.organisationId))) / 2;
  const feedback: PairFeedback = { trackRecord: { factor, organisationIds: [left.organisationId, right.organisationId] } };
  const outcome = history.latestOutcomesWith(left.organisationId)?.get(right.organisationId);
  if (outcome !== undefined) feedback.previousIntroduction = { outcome, between: [left.organisationId, right.organisationId] };
  return feedback;
}

function countryNamedInNeedReasons(needer: OrganisationProfile, other: OrganisationProfile): MatchReason[] {
  const named = needer.countriesInNeeds.find((candidate) => candidate.country === other.country);
  if (named === undefined) return [];
  return [
    {
      kind: 'country',
      rule: 'country-named-in-need',
      country: named.country,
      neededBy: needer.organisationId,
      need: named.need,
      weight: W.countryNamedInNeed,
      contribution: W.countryNamedInNeed,
    },
  ];
}

function offerNeedReason(offerer: OrganisationProfile, needer: OrganisationProfile, pair: OfferNeedPair): OfferNeedReason {
  return {
    kind: 'offer-need',
    offeredBy: offerer.organisationId,
    offer: pair.offer.text,
    neededBy: needer.organisationId,
    need: pair.need.text,
    sharedTerms: termOverlap(pair.offer.terms, pair.need.terms).shared,
    similarity: pair.similarity,
    weight: W.offerNeedPair,
    contribution: W.offerNeedPair * pair.similarity,
  };
}
