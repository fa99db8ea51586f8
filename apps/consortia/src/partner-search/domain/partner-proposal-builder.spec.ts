import { randomUUID } from 'node:crypto';
import type { PartnerCandidateV1 } from '@icn/contracts';
import { aConsortium, aProfile, someRules, withPartners } from '../../consortia/testing/consortium.fixtures';
import { buildPartnerProposal, PROPOSAL_OBJECTIVE } from './partner-proposal-builder';

function aCandidate(name: string, overrides: Partial<PartnerCandidateV1> = {}): PartnerCandidateV1 {
  return { organisationId: randomUUID(), name, clusterId: 'tweed', country: 'BE', helixType: 'company', sme: false, rank: 1, score: 1, closes: [], reasons: [], ...overrides };
}

const lead = aProfile({ country: 'DK', helixType: 'company', companySize: 'sme' });
const names = (proposal: ReturnType<typeof buildPartnerProposal>) => proposal.partners.map(({ candidate }) => candidate.name);

describe('partner proposal builder', () => {
  it('covers two missing countries and a research institution with the fewest partners, preferring the better score', () => {
    const rules = someRules({ minPartners: 3, minCountries: 3, requiredHelixTypes: ['research-institution'], minSmeSharePercent: 0 });
    const { members } = aConsortium(lead, rules);
    const candidates = [
      aCandidate('BE University', { country: 'BE', helixType: 'research-institution', score: 5 }),
      aCandidate('NO Storage', { country: 'NO', score: 9 }),
      aCandidate('BE Industry', { country: 'BE', score: 10 }),
      aCandidate('DK Lab', { country: 'DK', helixType: 'research-institution', score: 12 }),
      aCandidate('NL Pumps', { country: 'NL', score: 3 }),
    ];
    const proposal = buildPartnerProposal(rules, members, candidates);
    // Two partners are the minimum (two countries are missing); of the pairs that cover everything,
    // the university with the Norwegian company scores best (14 > 8 with the Dutch one).
    expect(names(proposal)).toEqual(['NO Storage', 'BE University']);
    expect(proposal.partners.map(({ closes }) => closes)).toEqual([
      [{ kind: 'partners' }, { kind: 'countries', value: 'NO' }],
      [{ kind: 'partners' }, { kind: 'countries', value: 'BE' }, { kind: 'helix-type', value: 'research-institution' }],
    ]);
    expect(proposal).toMatchObject({ optimises: PROPOSAL_OBJECTIVE, method: 'exhaustive', totalScore: 14, eligibleWithProposal: true, uncovered: [] });
  });

  it('reports a gap no candidate can close, and still covers the rest', () => {
    const rules = someRules({ minPartners: 2, minCountries: 2, requiredHelixTypes: ['public-authority'], minSmeSharePercent: 0 });
    const { members } = aConsortium(lead, rules);
    const proposal = buildPartnerProposal(rules, members, [aCandidate('BE Industry', { score: 4 }), aCandidate('DK Pumps', { country: 'DK', score: 8 })]);
    expect(names(proposal)).toEqual(['BE Industry']);
    expect(proposal.eligibleWithProposal).toBe(false);
    expect(proposal.uncovered).toEqual([{ rule: 'required-helix-type', message: 'needs a public authority' }]);
  });

  it('takes a non-SME research institution when it is the only one, and enough SMEs to repair the share', () => {
    const rules = someRules({ minPartners: 1, minCountries: 1, requiredHelixTypes: ['research-institution'], minSmeSharePercent: 50 });
    const { members } = aConsortium(aProfile({ helixType: 'company', companySize: 'large' }), rules);
    const proposal = buildPartnerProposal(rules, members, [
      aCandidate('University', { helixType: 'research-institution', score: 8 }),
      aCandidate('SME one', { sme: true, score: 5 }),
      aCandidate('SME two', { sme: true, score: 4 }),
      aCandidate('Large', { score: 20 }),
    ]);
    // lead (large) + university + 2 SMEs = 50 %: three partners are the fewest.
    expect(names(proposal)).toEqual(['University', 'SME one', 'SME two']);
    expect(proposal.eligibleWithProposal).toBe(true);
  });

  it('does not break the maximum to close a gap: it reports the gap instead (someone would have to leave)', () => {
    const rules = someRules({ minPartners: 2, maxPartners: 2, minCountries: 1, requiredHelixTypes: ['research-institution'], minSmeSharePercent: 0 });
    const { members } = withPartners(aConsortium(lead, rules), [aProfile({ country: 'BE' })]);
    const proposal = buildPartnerProposal(rules, members, [aCandidate('University', { helixType: 'research-institution', score: 9 })]);
    expect(proposal).toMatchObject({ partners: [], eligibleWithProposal: false, uncovered: [{ rule: 'required-helix-type', message: 'needs a research institution' }] });
  });

  it('keeps the greedy cover when there are too many candidate sets to check', () => {
    const rules = someRules({ minPartners: 6, minCountries: 1, requiredHelixTypes: [], minSmeSharePercent: 0 });
    const { members } = aConsortium(lead, rules);
    const candidates = Array.from({ length: 60 }, (_, index) => aCandidate(`Company ${index}`, { score: index }));
    const proposal = buildPartnerProposal(rules, members, candidates);
    // C(60, 5) sets is far over the budget: the five best scores, picked greedily.
    expect(proposal).toMatchObject({ method: 'greedy', totalScore: 59 + 58 + 57 + 56 + 55, eligibleWithProposal: true });
    expect(names(proposal)).toEqual(['Company 59', 'Company 58', 'Company 57', 'Company 56', 'Company 55']);
  });

  it('ignores candidates that joined meanwhile and proposes nothing when nothing is missing', () => {
    const rules = someRules({ minPartners: 1, minCountries: 1, requiredHelixTypes: [], minSmeSharePercent: 0 });
    const { members } = aConsortium(lead, rules);
    const proposal = buildPartnerProposal(rules, members, [aCandidate('Already in', { organisationId: lead.organisationId, score: 50 })]);
    expect(proposal).toMatchObject({ partners: [], totalScore: 0, eligibleWithProposal: true, uncovered: [] });
  });
});
