import { PartnerSuggestionsProposed, validatePayload, type PartnerSearchGapsV1 } from '@icn/contracts';
import { randomUUID } from 'node:crypto';
import { toOrganisationProfile, type OrganisationMatchingInput } from '../../matching/matching-profile';
import { anOrganisation } from '../../matching/testing/matching-inputs.fixtures';
import { selectPartnerCandidates } from './select-partner-candidates';

const NO_GAPS: PartnerSearchGapsV1 = { partnersMissing: 0, countriesMissing: 0, excludedCountries: [], helixTypesMissing: [], smesMissing: 0 };
const competencies = { sectors: ['district-heating' as const], technologies: ['heat-pumps'], keywords: [] };
const profiles = (...inputs: OrganisationMatchingInput[]) => inputs.map((input) => toOrganisationProfile(input));
const heating = (id: string, overrides: Partial<OrganisationMatchingInput> = {}) => anOrganisation(id, { sectors: ['district-heating'], country: 'DK', helixType: 'company', companySize: 'large', ...overrides });

describe('partner candidates for a consortium', () => {
  it('ranks relevant active non-members, adds the gaps each closes to its score and explains both', () => {
    const gaps: PartnerSearchGapsV1 = { ...NO_GAPS, countriesMissing: 1, excludedCountries: ['DK'], helixTypesMissing: ['research-institution'] };
    const [first, second, ...rest] = selectPartnerCandidates(
      { competencies, gaps, memberOrganisationIds: ['member'] },
      profiles(
        heating('dk-company'),
        heating('be-university', { country: 'BE', helixType: 'research-institution', companySize: undefined }),
        heating('member', { country: 'BE', technologies: ['heat-pumps'] }),
        heating('suspended', { country: 'NL', status: 'suspended' }),
        anOrganisation('unrelated', { country: 'NL', helixType: 'research-institution' }),
      ),
      20,
    );
    expect(rest).toEqual([]);
    expect(first).toMatchObject({
      organisationId: 'be-university',
      rank: 1,
      score: 8,
      sme: false,
      closes: [{ kind: 'countries', value: 'BE' }, { kind: 'helix-type', value: 'research-institution' }],
    });
    expect(first?.reasons.map((reason) => [reason.kind, reason.rule, reason.contribution])).toEqual([
      ['sector', undefined, 2],
      ['country', 'closes-country-gap', 3],
      ['helix', 'closes-helix-gap', 3],
    ]);
    expect(second).toMatchObject({ organisationId: 'dk-company', rank: 2, score: 2, closes: [] });
  });

  it('produces candidates the published contract accepts', () => {
    const organisationId = randomUUID();
    const candidates = selectPartnerCandidates(
      { competencies: { ...competencies, keywords: ['district heating retrofit'] }, gaps: { ...NO_GAPS, partnersMissing: 1, countriesMissing: 1, excludedCountries: ['DK'], smesMissing: 1 }, memberOrganisationIds: [] },
      profiles(heating(organisationId, { country: 'BE', companySize: 'sme', offers: ['District heating retrofits'] })),
      20,
    );
    const proposal = { requestId: randomUUID(), consortiumId: randomUUID(), candidates, limit: 20, causedByEventId: 'event-1' };
    const result = validatePayload(PartnerSuggestionsProposed.payload, proposal);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(candidates[0]?.reasons.map((reason) => reason.summary)).toEqual([
      'both work in the sector district-heating',
      `offer "District heating retrofits" (${organisationId}) answers need "district heating retrofit" (call), similarity 1.00`,
      'adds a country the consortium lacks (BE)',
      'an SME raises the consortium’s SME share',
    ]);
  });

  it('widens the top N so that every closable gap keeps its best closers', () => {
    // Four strong Danish companies would fill a limit of 3; the Belgian SME and the (weaker) Danish
    // research institution are the only ones closing the country, SME and helix gaps, so they take
    // their places first and the best company fills the rest.
    const gaps: PartnerSearchGapsV1 = { ...NO_GAPS, countriesMissing: 1, excludedCountries: ['DK'], helixTypesMissing: ['research-institution'], smesMissing: 1 };
    const strong = ['a', 'b', 'c', 'd'].map((id) => heating(`strong-${id}`, { technologies: ['heat-pumps'] }));
    const selected = selectPartnerCandidates(
      { competencies, gaps, memberOrganisationIds: [] },
      profiles(...strong, heating('be-sme', { country: 'BE', companySize: 'sme' }), heating('dk-lab', { helixType: 'research-institution', companySize: undefined })),
      3,
    );
    expect(selected.map((candidate) => [candidate.organisationId, candidate.score])).toEqual([
      ['be-sme', 7],
      ['strong-a', 6],
      ['dk-lab', 5],
    ]);
    expect(selected.map((candidate) => candidate.rank)).toEqual([1, 2, 3]);
  });

  it('without competencies, proposes those that close a gap', () => {
    const selected = selectPartnerCandidates(
      { competencies: { sectors: [], technologies: [], keywords: [] }, gaps: { ...NO_GAPS, helixTypesMissing: ['public-authority'] }, memberOrganisationIds: [] },
      profiles(anOrganisation('city', { helixType: 'public-authority' }), anOrganisation('company', { helixType: 'company' })),
      20,
    );
    expect(selected.map((candidate) => [candidate.organisationId, candidate.score])).toEqual([['city', 3]]);
  });
});
