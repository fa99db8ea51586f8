import type { IntroductionOutcome } from './introduction-history';

/**
 * Every weight of the matching score, in one place, so a ranking can be explained and retuned
 * without reading the scorers.
 *
 * How a score is made (see score-opportunity-match.ts and score-organisation-match.ts):
 *   base  = sum of the contributions of what matched (each listed in the explanation);
 *   score = base x outcome-feedback factors (bounded, also listed).
 * A pair matches only when it shares a theme: a sector, a technology, an offer/need pair, or (between
 * organisations) a country one of them names in a need. Targeting, helix and feedback contributions
 * rank matches against each other but never create one, so a research institute is not
 * "recommended" to every company merely for being a research institute.
 *
 * Why these numbers:
 * - Sectors are a closed list of 17 broad fields: sharing one says "same field", weak evidence alone.
 * - Technologies are specific tags (`heat-pumps`, `lidar`): twice a sector.
 * - An offer of one side that answers a need of the other is the concrete reason to introduce two
 *   organisations, so a perfect pair weighs as much as two shared technologies and a sector; it is scaled by
 *   the pair's text similarity (0.4..1), and only the best `maxPairsPerDirection` pairs in each
 *   direction count, so listing thirty needs does not buy a better rank.
 * - A country named in a need ("pilot sites in Germany") met by the other side's country is as
 *   specific as a shared technology but says nothing about the subject, hence below it.
 * - An opportunity's explicit targets are hard filters; every eligible organisation meets them, so
 *   their contributions do not reorder one opportunity's ranking. They are kept small and listed
 *   because they say what matched, and they lift explicitly targeted matches over a suggestion
 *   threshold (`minScore`).
 * - Helix complementarity follows the triple-helix idea ICN clusters are built on: company <->
 *   research institution (technology transfer) first, company <-> public authority (buyer, pilot
 *   site, regulator) next, research <-> public authority last; an SME and a large company complement
 *   each other (supply chain, scale-up). Same-type pairs get nothing: shared themes already rank them.
 * - Outcome feedback multiplies, so its effect is bounded whatever the scale of the base score: a
 *   track record of successful introductions adds at most +20 %; a previous introduction between the
 *   same pair that ended in "no further contact" halves that pair's score (it is not dropped: the
 *   situation of either side may have changed).
 *
 * All additive weights are integers except the offer/need similarity, so sums of the integer parts
 * are exact and rankings cannot differ by floating-point accident.
 */
export const MATCHING_WEIGHTS = {
  /** Per sector both sides list. */
  sharedSector: 2,
  /** Per technology tag both sides list. */
  sharedTechnology: 4,
  /** Per counted offer/need pair, multiplied by the pair's similarity. */
  offerNeedPair: 10,
  /** Best pairs counted in each direction (offers of A for needs of B, and the reverse). */
  maxPairsPerDirection: 3,
  /** Minimum similarity (Dice coefficient of the normalised terms) for an offer to answer a need. */
  minOfferNeedSimilarity: 0.4,
  /** Organisation <-> organisation: a need of one side names the other side's country. */
  countryNamedInNeed: 3,
  /** Opportunity <-> organisation: the opportunity targets countries and the organisation is in one. */
  targetedCountry: 2,
  /** Opportunity <-> organisation: the opportunity targets helix types and the organisation's is one. */
  targetedHelixType: 1,
  /** Opportunity <-> organisation: the opportunity targets clusters and the organisation belongs to one. */
  targetedCluster: 1,
  /** Organisation <-> organisation, by unordered pair of helix types (keys in alphabetical order). */
  helixComplementarity: {
    'company+research-institution': 3,
    'company+public-authority': 2,
    'public-authority+research-institution': 1,
  },
  /** Organisation <-> organisation: an SME and a large company. */
  companySizeComplementarity: 1,
  outcomeFeedback: {
    /**
     * How much each outcome counts as a success in a track record (0..1): an agreement fully, a joint
     * proposal mostly, a follow-up meeting a little, no further contact not at all.
     */
    outcomeSuccess: {
      'no-further-contact': 0,
      'follow-up-meeting': 0.25,
      'joint-proposal': 0.6,
      'cooperation-agreement': 1,
    } as const satisfies Record<IntroductionOutcome, number>,
    /** Largest boost of a track record of successful introductions: the factor stays below 1 + this. */
    maxTrackRecordBoost: 0.2,
    /**
     * Pseudo-introductions without success added to every record, so one lucky introduction does
     * not earn the full boost: 1 success of 1 gives a third of it, 10 of 10 five sixths.
     */
    trackRecordPrior: 2,
    /** Factor on a pair whose latest introduction ended in "no further contact". */
    noFurtherContactFactor: 0.5,
  },
} as const;

export type MatchingWeights = typeof MATCHING_WEIGHTS;
