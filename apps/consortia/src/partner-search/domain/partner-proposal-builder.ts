import type { ClosedGapV1, ConsortiumMemberV1, EligibilityRulesV1, PartnerCandidateV1 } from '@icn/contracts';
import { isBeneficiary } from '../../consortia/domain/consortium';
import { checkEligibility, type MissingRequirement } from '../../consortia/domain/eligibility';
import { gapsOfParties, unitsOf, type PartnershipGaps, type PartyTraits } from './partnership-gaps';

/** Said with every proposal, so a coordinator knows what "best" meant. */
export const PROPOSAL_OBJECTIVE =
  'covers as many missing requirements as the candidates can; among such sets, the fewest partners; then the highest total match score';

/**
 * Beyond this many candidate sets the builder keeps its greedy answer instead of proving the
 * optimum: 20 candidates give 15,504 sets of 5, a few milliseconds; larger searches are not worth
 * a request's latency.
 */
const EXHAUSTIVE_BUDGET = 100_000;

export interface ProposedPartner {
  candidate: PartnerCandidateV1;
  /** What this partner closes in the proposal, applied in rank order. */
  closes: ClosedGapV1[];
}

export interface PartnerProposal {
  optimises: string;
  /** `exhaustive`: no set of at most as many candidates does better; `greedy`: too many sets to check, the greedy cover. */
  method: 'exhaustive' | 'greedy';
  partners: ProposedPartner[];
  totalScore: number;
  /** True when the consortium would be eligible with these partners joining as partners. */
  eligibleWithProposal: boolean;
  /** What would still be missing: the requirements no candidate can close. */
  uncovered: MissingRequirement[];
}

/**
 * Proposes a small set of candidates that together close every missing requirement they can.
 *
 * A weighted set cover, solved greedily: repeatedly pick the candidate that closes the most gap
 * units still open (a partner, a new country, a missing helix type, an SME), ties by higher match
 * score, then organisation id; stop when nothing is missing or no candidate closes anything. Gains
 * count only what closes: a non-SME research institution may be the only way to get a research
 * institution even though it lowers the SME share, which a later SME then repairs. Greedy is within
 * a logarithmic factor of the optimum; when the candidate sets are few enough (EXHAUSTIVE_BUDGET),
 * every set of at most the greedy size is checked and the best by (units left, partners, score) wins,
 * so on real sizes (≤ 20 candidates, a handful of gaps) the answer is the optimum.
 */
export function buildPartnerProposal(rules: EligibilityRulesV1, members: readonly ConsortiumMemberV1[], candidates: readonly PartnerCandidateV1[]): PartnerProposal {
  const present = new Set(members.map((member) => member.organisationId));
  const open = candidates.filter((candidate) => !present.has(candidate.organisationId)).sort(byScore);
  const base = members.filter(isBeneficiary).map((member): PartyTraits => ({ country: member.country, helixType: member.helixType, sme: member.helixType === 'company' && member.companySize === 'sme' }));

  const greedy = greedyCover(rules, base, open);
  const exhaustive = bestSetUpTo(rules, base, usefulCandidates(rules, base, open), greedy.length);
  const chosen = exhaustive !== undefined && compareSets(exhaustive, evaluate(rules, base, greedy)) < 0 ? exhaustive.set : greedy;
  const partners = withClosures(rules, base, [...chosen].sort(byScore));
  const uncovered = checkEligibility(rules, [...members, ...partners.map(({ candidate }) => asPartner(candidate))]).missing;
  return {
    optimises: PROPOSAL_OBJECTIVE,
    method: exhaustive === undefined ? 'greedy' : 'exhaustive',
    partners,
    totalScore: partners.reduce((sum, { candidate }) => sum + candidate.score, 0),
    eligibleWithProposal: uncovered.length === 0,
    uncovered,
  };
}

function greedyCover(rules: EligibilityRulesV1, base: readonly PartyTraits[], open: readonly PartnerCandidateV1[]): PartnerCandidateV1[] {
  const picked: PartnerCandidateV1[] = [];
  const parties = [...base];
  let gaps = gapsOfParties(rules, parties);
  const remaining = [...open];
  while (unitsOf(gaps) > 0) {
    let best: { index: number; gain: number } | undefined;
    remaining.forEach((candidate, index) => {
      const gain = closedUnits(gaps, gapsOfParties(rules, [...parties, traitsOf(candidate)]));
      // `remaining` is sorted by score, so the first of equal gains has the better score.
      if (gain > 0 && (best === undefined || gain > best.gain)) best = { index, gain };
    });
    if (best === undefined) break;
    const [candidate] = remaining.splice(best.index, 1) as [PartnerCandidateV1];
    picked.push(candidate);
    parties.push(traitsOf(candidate));
    gaps = gapsOfParties(rules, parties);
  }
  return picked;
}

/** Gap units closed going from `before` to `after`; increases (an SME share diluted) are not subtracted. */
function closedUnits(before: PartnershipGaps, after: PartnershipGaps): number {
  return (
    Math.max(0, before.partners - after.partners) +
    Math.max(0, before.countries - after.countries) +
    Math.max(0, before.helixTypes.length - after.helixTypes.length) +
    Math.max(0, before.smes - after.smes)
  );
}

/**
 * Candidates that can close something: anyone while partners are missing; otherwise a new country,
 * a missing helix type, or an SME (an SME may be needed later, once others dilute the share).
 */
function usefulCandidates(rules: EligibilityRulesV1, base: readonly PartyTraits[], open: readonly PartnerCandidateV1[]): PartnerCandidateV1[] {
  const gaps = gapsOfParties(rules, base);
  return open.filter((candidate) => {
    const traits = traitsOf(candidate);
    if (gaps.partners > 0) return true;
    if (gaps.countries > 0 && !gaps.presentCountries.includes(traits.country)) return true;
    if (gaps.helixTypes.includes(traits.helixType)) return true;
    return traits.sme && rules.minSmeSharePercent > 0;
  });
}

interface EvaluatedSet {
  set: PartnerCandidateV1[];
  unitsLeft: number;
  score: number;
}

function evaluate(rules: EligibilityRulesV1, base: readonly PartyTraits[], set: PartnerCandidateV1[]): EvaluatedSet {
  return { set, unitsLeft: unitsOf(gapsOfParties(rules, [...base, ...set.map(traitsOf)])), score: set.reduce((sum, candidate) => sum + candidate.score, 0) };
}

/** Fewer units left, then fewer partners, then a higher score: negative when `a` is better. */
function compareSets(a: EvaluatedSet, b: EvaluatedSet): number {
  return a.unitsLeft - b.unitsLeft || a.set.length - b.set.length || b.score - a.score;
}

/** The best set of at most `maxSize` candidates, or undefined when there are too many sets to check. */
function bestSetUpTo(rules: EligibilityRulesV1, base: readonly PartyTraits[], useful: readonly PartnerCandidateV1[], maxSize: number): EvaluatedSet | undefined {
  let sets = 0;
  for (let size = 0; size <= maxSize; size += 1) {
    sets += binomial(useful.length, size);
    if (sets > EXHAUSTIVE_BUDGET) return undefined;
  }
  let best = evaluate(rules, base, []);
  const visit = (start: number, set: PartnerCandidateV1[]): void => {
    const evaluated = evaluate(rules, base, set);
    if (compareSets(evaluated, best) < 0) best = evaluated;
    if (set.length === maxSize) return;
    for (let index = start; index < useful.length; index += 1) visit(index + 1, [...set, useful[index] as PartnerCandidateV1]);
  };
  visit(0, []);
  return best;
}

function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let result = 1;
  for (let i = 1; i <= k; i += 1) result = (result * (n - k + i)) / i;
  return Math.round(result);
}

function withClosures(rules: EligibilityRulesV1, base: readonly PartyTraits[], set: readonly PartnerCandidateV1[]): ProposedPartner[] {
  const parties = [...base];
  return set.map((candidate) => {
    const before = gapsOfParties(rules, parties);
    parties.push(traitsOf(candidate));
    const after = gapsOfParties(rules, parties);
    const closes: ClosedGapV1[] = [];
    if (after.partners < before.partners) closes.push({ kind: 'partners' });
    if (after.countries < before.countries) closes.push({ kind: 'countries', value: candidate.country });
    for (const helixType of before.helixTypes.filter((type) => !after.helixTypes.includes(type))) closes.push({ kind: 'helix-type', value: helixType });
    if (after.smes < before.smes) closes.push({ kind: 'sme-share' });
    return { candidate, closes };
  });
}

function traitsOf(candidate: PartnerCandidateV1): PartyTraits {
  return { country: candidate.country, helixType: candidate.helixType, sme: candidate.sme };
}

/** A candidate as the beneficiary it would be, for checkEligibility's wording of what is still missing. */
function asPartner(candidate: PartnerCandidateV1): ConsortiumMemberV1 {
  return {
    organisationId: candidate.organisationId,
    organisationName: candidate.name,
    clusterId: candidate.clusterId,
    country: candidate.country,
    helixType: candidate.helixType,
    ...(candidate.sme ? { companySize: 'sme' as const } : {}),
    role: 'partner',
    joinedAt: '',
  };
}

/** Higher score first, then organisation id: a total order, the same on every run. */
function byScore(a: PartnerCandidateV1, b: PartnerCandidateV1): number {
  return b.score - a.score || (a.organisationId < b.organisationId ? -1 : a.organisationId > b.organisationId ? 1 : 0);
}
