import { isMatchable } from '../../matching/eligibility';
import type { MatchReason, MatchScore, OfferNeedReason, OrganisationMatch } from '../../matching/match-explanation';
import type { OrganisationProfile } from '../../matching/matching-profile';
import { MATCHING_WEIGHTS as W } from '../../matching/matching-weights';
import { bestOfferNeedPairs, offerNeedScore, type OfferNeedPair } from '../../matching/score-organisation-match';
import { intersectSorted } from '../../matching/sorted-lists';
import { termOverlap } from '../../matching/text/term-similarity';
import { compareRanked } from '../../matching/top-k';
import type { ProgrammeProfile } from './programme-profile';

/**
 * Members for a partner programme (issue 14): who fits its eligibility, ranked by how well.
 *
 * Hard filters, the programme's own eligibility: an active member, of one of its helix types, in
 * one of its countries, working in one of its sectors (each only when the programme lists any).
 * Then, as everywhere in matching, a member must share a theme with the programme to be suggested:
 * a sector, or an offer/need pair between its offers or needs and the programme's texts. Eligibility
 * alone does not make a member a fit (a programme open to every company would otherwise "suggest"
 * every company).
 *
 * Score, with the engine's weights (matching-weights.ts) so programme and opportunity scores read
 * alike: each shared sector; each of the best offer/need pairs in either direction, by similarity;
 * and the targets the programme sets and the member meets (country, helix type), which are the same
 * for every eligible member and only lift explicitly targeted fits over a `minScore`. No outcome
 * feedback: a programme is not a party to introductions. The contributions add up to the score.
 */
export function scoreProgrammeFit(programme: ProgrammeProfile, organisation: OrganisationProfile): MatchScore | undefined {
  if (!isEligibleForProgramme(programme, organisation)) return undefined;
  const sectors = intersectSorted(programme.sectors, organisation.sectors);
  const offersAnswering = bestOfferNeedPairs(organisation, programme.asParty);
  const needsAnswered = bestOfferNeedPairs(programme.asParty, organisation);
  if (sectors.length + offersAnswering.length + needsAnswered.length === 0) return undefined;
  const reasons: MatchReason[] = [
    ...sectors.map((sector): MatchReason => ({ kind: 'sector', sector, weight: W.sharedSector, contribution: W.sharedSector })),
    ...offersAnswering.map((pair) => pairReason(pair, organisation.organisationId, programme.asParty.organisationId)),
    ...needsAnswered.map((pair) => pairReason(pair, programme.asParty.organisationId, organisation.organisationId)),
    ...targetingReasons(programme, organisation),
  ];
  const score = sectors.length * W.sharedSector + offerNeedScore(offersAnswering) + offerNeedScore(needsAnswered) + targetingScore(programme);
  return { score, reasons };
}

/** The programme's eligibility, as the network service checks it on an application, plus: only active members. */
export function isEligibleForProgramme(programme: ProgrammeProfile, organisation: OrganisationProfile): boolean {
  return (
    isMatchable(organisation) &&
    (programme.helixTypes.size === 0 || programme.helixTypes.has(organisation.helixType)) &&
    (programme.countries.size === 0 || programme.countries.has(organisation.country)) &&
    (programme.sectors.length === 0 || intersectSorted(programme.sectors, organisation.sectors).length > 0)
  );
}

export interface ProgrammeRankOptions {
  /** How many, best first. */
  limit: number;
  /** Leave out fits scoring below this. */
  minScore?: number;
  /** Only the members of this cluster (a cluster manager looking at their own members). */
  clusterId?: string;
  /** Members not to rank (those the viewer knows have applied already, see applicants.ts). */
  leaveOut?: ReadonlySet<string>;
}

/** The best fits, ties in organisation id order (the same on every replica). */
export function rankProgrammeCandidates(programme: ProgrammeProfile, organisations: Iterable<OrganisationProfile>, options: ProgrammeRankOptions): OrganisationMatch[] {
  const minScore = options.minScore ?? 0;
  const ranked: (OrganisationMatch & { id: string })[] = [];
  for (const organisation of organisations) {
    if (options.clusterId !== undefined && organisation.clusterId !== options.clusterId) continue;
    if (options.leaveOut?.has(organisation.organisationId) === true) continue;
    const fit = scoreProgrammeFit(programme, organisation);
    if (fit === undefined || fit.score < minScore) continue;
    ranked.push({ id: organisation.organisationId, organisationId: organisation.organisationId, name: organisation.name, ...fit });
  }
  return ranked
    .sort(compareRanked)
    .slice(0, options.limit)
    .map(({ organisationId, name, score, reasons }) => ({ organisationId, name, score, reasons }));
}

function targetingScore(programme: ProgrammeProfile): number {
  return (programme.countries.size > 0 ? W.targetedCountry : 0) + (programme.helixTypes.size > 0 ? W.targetedHelixType : 0);
}

function targetingReasons(programme: ProgrammeProfile, organisation: OrganisationProfile): MatchReason[] {
  const reasons: MatchReason[] = [];
  if (programme.countries.size > 0) {
    reasons.push({ kind: 'country', rule: 'targeted-country', country: organisation.country, weight: W.targetedCountry, contribution: W.targetedCountry });
  }
  if (programme.helixTypes.size > 0) {
    reasons.push({ kind: 'helix', rule: 'targeted-helix-type', helixType: organisation.helixType, weight: W.targetedHelixType, contribution: W.targetedHelixType });
  }
  return reasons;
}

function pairReason(pair: OfferNeedPair, offeredBy: string, neededBy: string): OfferNeedReason {
  return {
    kind: 'offer-need',
    offeredBy,
    offer: pair.offer.text,
    neededBy,
    need: pair.need.text,
    sharedTerms: termOverlap(pair.offer.terms, pair.need.terms).shared,
    similarity: pair.similarity,
    weight: W.offerNeedPair,
    contribution: W.offerNeedPair * pair.similarity,
  };
}
