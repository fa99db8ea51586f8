import type { Sector } from '@icn/contracts';
import type { MatchReason, MatchScore, OfferNeedReason } from './match-explanation';
import { toOrganisationProfile, type OrganisationProfile } from './matching-profile';
import { MATCHING_WEIGHTS as W } from './matching-weights';
import { bestOfferNeedPairs, offerNeedScore, type OfferNeedPair } from './score-organisation-match';
import { intersectSorted } from './sorted-lists';
import { termOverlap } from './text/term-similarity';

/** What a call asks of its partners (a partner search's competencies). */
export interface CallCompetenciesInput {
  sectors: readonly Sector[];
  technologies: readonly string[];
  /** Free phrases, compared with what organisations offer. */
  keywords: readonly string[];
}

/** Who "needs" the keywords in explanations (`offer "…" (org) answers need "…" (call)`). */
export const CALL_AS_NEEDER = 'call';

/**
 * A call prepared for scoring. It is shaped as an organisation that needs the call's keywords and
 * works in its sectors and technologies, so the engine's own normalisation (sorted, distinct, terms)
 * and its offer/need pairing (`bestOfferNeedPairs`) apply unchanged: a candidate is relevant to a call
 * for the same reasons it is relevant to an organisation with those needs.
 */
export function toCallProfile(input: CallCompetenciesInput): OrganisationProfile {
  return toOrganisationProfile({
    organisationId: CALL_AS_NEEDER,
    clusterId: CALL_AS_NEEDER,
    name: 'the call',
    helixType: 'other',
    country: '',
    sectors: [...input.sectors],
    technologies: [...input.technologies],
    offers: [],
    needs: [...input.keywords],
    status: 'active',
  });
}

/** True when the call names no competency at all: then relevance cannot rank anyone. */
export function hasNoCompetencies(call: OrganisationProfile): boolean {
  return call.sectors.length === 0 && call.technologies.length === 0 && call.needs.length === 0;
}

/**
 * How relevant an organisation is to a call: shared sectors and technologies with the engine's
 * weights, plus its offers answering the call's keywords (the engine's offer/need pairs, best
 * `maxPairsPerDirection`, weighted by similarity). Undefined when nothing is shared. The
 * contributions add up to the score. No outcome feedback: a call is not a party to introductions.
 */
export function scoreCallRelevance(call: OrganisationProfile, organisation: OrganisationProfile): MatchScore | undefined {
  const sectors = intersectSorted(call.sectors, organisation.sectors);
  const technologies = intersectSorted(call.technologies, organisation.technologies);
  const pairs = bestOfferNeedPairs(organisation, call);
  if (sectors.length + technologies.length + pairs.length === 0) return undefined;
  const reasons: MatchReason[] = [
    ...sectors.map((sector): MatchReason => ({ kind: 'sector', sector, weight: W.sharedSector, contribution: W.sharedSector })),
    ...technologies.map((technology): MatchReason => ({ kind: 'technology', technology, weight: W.sharedTechnology, contribution: W.sharedTechnology })),
    ...pairs.map((pair) => keywordReason(organisation, pair)),
  ];
  const score = sectors.length * W.sharedSector + technologies.length * W.sharedTechnology + offerNeedScore(pairs);
  return { score, reasons };
}

function keywordReason(organisation: OrganisationProfile, pair: OfferNeedPair): OfferNeedReason {
  return {
    kind: 'offer-need',
    offeredBy: organisation.organisationId,
    offer: pair.offer.text,
    neededBy: CALL_AS_NEEDER,
    need: pair.need.text,
    sharedTerms: termOverlap(pair.offer.terms, pair.need.terms).shared,
    similarity: pair.similarity,
    weight: W.offerNeedPair,
    contribution: W.offerNeedPair * pair.similarity,
  };
}
