import type { ClosedGapV1, MatchReasonV1, PartnerCandidateV1, PartnerSearchGapsV1, PartnerSuggestionsRequestedV1 } from '@icn/contracts';
import { isMatchable } from '../../matching/eligibility';
import type { MatchReason } from '../../matching/match-explanation';
import type { OrganisationProfile } from '../../matching/matching-profile';
import { hasNoCompetencies, scoreCallRelevance, toCallProfile } from '../../matching/score-call-relevance';
import { compareRanked } from '../../matching/top-k';
import { toMatchReason } from '../../suggestions/domain/to-match-reason';

/**
 * What closing a gap adds to a candidate's score. A gap is a requirement the consortium states, as
 * concrete as a country named in a need (3) or the strongest helix complementarity (3); an SME only
 * moves a share, hence less. "One more partner" is closed by anyone, so it adds nothing and does not
 * reorder. The additions are listed as reasons, so the contributions still add up to the score.
 */
export const GAP_WEIGHTS = { newCountry: 3, missingHelixType: 3, sme: 2 } as const;

const GAP_WEIGHTS_BY_KIND: Record<ClosedGapV1['kind'], number> = {
  partners: 0,
  countries: GAP_WEIGHTS.newCountry,
  'helix-type': GAP_WEIGHTS.missingHelixType,
  'sme-share': GAP_WEIGHTS.sme,
};

interface ScoredCandidate {
  id: string;
  score: number;
  organisation: OrganisationProfile;
  closes: ClosedGapV1[];
  /** The engine's reasons; turned into the contract's only for the candidates kept. */
  relevance: MatchReason[];
}

/**
 * Matchmaking's answer to a partner search: active organisations outside the consortium, scored by
 * relevance to the call's competencies (the engine's sectors/technologies/offers scoring) plus the
 * gaps each closes. When the call names competencies, a candidate must share at least one (closing a
 * gap alone does not make an unrelated organisation a partner); when it names none, closing a gap is
 * what qualifies. The best `limit` are returned, and the list is widened so that every gap some
 * candidate can close has its best closers in it: each missing helix type, as many new countries as
 * are missing, SMEs and partners — so the requester's builder can always cover what can be covered.
 */
export function selectPartnerCandidates(
  request: Pick<PartnerSuggestionsRequestedV1, 'competencies' | 'gaps' | 'memberOrganisationIds'>,
  organisations: Iterable<OrganisationProfile>,
  limit: number,
): PartnerCandidateV1[] {
  const call = toCallProfile(request.competencies);
  const relevanceRequired = !hasNoCompetencies(call);
  const members = new Set(request.memberOrganisationIds);
  const ranked: ScoredCandidate[] = [];
  for (const organisation of organisations) {
    if (!isMatchable(organisation) || members.has(organisation.organisationId)) continue;
    const relevance = scoreCallRelevance(call, organisation);
    if (relevanceRequired && relevance === undefined) continue;
    const closes = closedGaps(request.gaps, organisation);
    if (!relevanceRequired && closes.length === 0) continue;
    const score = (relevance?.score ?? 0) + closes.reduce((sum, gap) => sum + GAP_WEIGHTS_BY_KIND[gap.kind], 0);
    ranked.push({ id: organisation.organisationId, score, organisation, closes, relevance: relevance?.reasons ?? [] });
  }
  ranked.sort(compareRanked);

  const chosen = new Set<string>();
  for (const candidate of reservedForGaps(request.gaps, ranked, limit)) chosen.add(candidate.id);
  for (const candidate of ranked) {
    if (chosen.size >= limit) break;
    chosen.add(candidate.id);
  }
  return ranked.filter((candidate) => chosen.has(candidate.id)).map((candidate, index) => toPartnerCandidate(candidate, index + 1));
}

/** The gaps an organisation closes on its own, in the order kinds are listed in the contract. */
export function closedGaps(gaps: PartnerSearchGapsV1, organisation: Pick<OrganisationProfile, 'country' | 'helixType' | 'companySize'>): ClosedGapV1[] {
  const closes: ClosedGapV1[] = [];
  if (gaps.partnersMissing > 0) closes.push({ kind: 'partners' });
  if (gaps.countriesMissing > 0 && !gaps.excludedCountries.includes(organisation.country)) closes.push({ kind: 'countries', value: organisation.country });
  if (gaps.helixTypesMissing.includes(organisation.helixType)) closes.push({ kind: 'helix-type', value: organisation.helixType });
  if (gaps.smesMissing > 0 && isSme(organisation)) closes.push({ kind: 'sme-share' });
  return closes;
}

/** The best closers of each gap (ranked is best first), so the widened list can cover every closable gap. */
function reservedForGaps(gaps: PartnerSearchGapsV1, ranked: readonly ScoredCandidate[], limit: number): ScoredCandidate[] {
  const reserved: ScoredCandidate[] = [];
  for (const helixType of gaps.helixTypesMissing) {
    const best = ranked.find((candidate) => candidate.organisation.helixType === helixType);
    if (best !== undefined) reserved.push(best);
  }
  // One per new country (the best from each), as many countries as are missing.
  const countries = new Set<string>();
  for (const candidate of ranked) {
    if (countries.size >= Math.min(gaps.countriesMissing, limit)) break;
    const country = candidate.closes.find((gap) => gap.kind === 'countries')?.value;
    if (country === undefined || countries.has(country)) continue;
    countries.add(country);
    reserved.push(candidate);
  }
  reserved.push(...ranked.filter((candidate) => isSme(candidate.organisation)).slice(0, Math.min(gaps.smesMissing, limit)));
  reserved.push(...ranked.slice(0, Math.min(gaps.partnersMissing, limit)));
  return reserved;
}

function gapReason(gap: ClosedGapV1): MatchReasonV1[] {
  switch (gap.kind) {
    case 'countries':
      return [reason('country', 'closes-country-gap', gap, `adds a country the consortium lacks (${gap.value ?? ''})`, GAP_WEIGHTS.newCountry)];
    case 'helix-type':
      return [reason('helix', 'closes-helix-gap', gap, `the consortium needs a ${(gap.value ?? '').replace(/-/g, ' ')}`, GAP_WEIGHTS.missingHelixType)];
    case 'sme-share':
      return [reason('helix', 'closes-sme-share-gap', { kind: gap.kind, value: 'sme' }, 'an SME raises the consortium’s SME share', GAP_WEIGHTS.sme)];
    case 'partners':
      return [];
  }
}

function reason(kind: MatchReasonV1['kind'], rule: string, gap: ClosedGapV1, summary: string, weight: number): MatchReasonV1 {
  return { kind, rule, matched: gap.value === undefined ? [] : [gap.value], summary, weight, contribution: weight };
}

function isSme(organisation: Pick<OrganisationProfile, 'helixType' | 'companySize'>): boolean {
  return organisation.helixType === 'company' && organisation.companySize === 'sme';
}

function toPartnerCandidate(candidate: ScoredCandidate, rank: number): PartnerCandidateV1 {
  const { organisation } = candidate;
  return {
    organisationId: organisation.organisationId,
    name: organisation.name,
    clusterId: organisation.clusterId,
    country: organisation.country,
    helixType: organisation.helixType,
    sme: isSme(organisation),
    rank,
    score: candidate.score,
    closes: candidate.closes,
    reasons: [...candidate.relevance.map(toMatchReason), ...candidate.closes.flatMap(gapReason)],
  };
}
