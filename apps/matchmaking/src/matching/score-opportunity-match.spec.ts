import { InMemoryIntroductionHistory } from './in-memory-introduction-history';
import { toOpportunityProfile, toOrganisationProfile } from './matching-profile';
import { matchOpportunityWithOrganisation } from './score-opportunity-match';
import { anOpportunity, anOrganisation, TEST_NOW } from './testing/matching-inputs.fixtures';

const tender = anOpportunity('tender', {
  sectors: ['district-heating', 'energy-efficiency'],
  technologies: ['heat-pumps', 'thermal-storage'],
  publisher: { subject: 'user-p', organisationId: 'publisher' },
});
const heatPumpCompany = anOrganisation('heat', {
  helixType: 'company',
  companySize: 'sme',
  country: 'DE',
  clusterId: 'tweed',
  sectors: ['district-heating', 'water'],
  technologies: ['heat-pumps', 'lidar'],
});

const match = (opportunity = tender, organisation = heatPumpCompany, history = new InMemoryIntroductionHistory()) =>
  matchOpportunityWithOrganisation(toOpportunityProfile(opportunity), toOrganisationProfile(organisation), { nowMs: TEST_NOW, history });

describe('opportunity <-> organisation score', () => {
  it('lists each shared sector and technology with its weight; the contributions are the score', () => {
    expect(match()).toEqual({
      score: 6,
      reasons: [
        { kind: 'sector', sector: 'district-heating', weight: 2, contribution: 2 },
        { kind: 'technology', technology: 'heat-pumps', weight: 4, contribution: 4 },
      ],
    });
  });

  it('adds the targets the organisation meets, naming them', () => {
    const targeted = { ...tender, targetCountries: ['DE', 'FR'], targetHelixTypes: ['company' as const], targetClusterIds: ['tweed'] };
    expect(match(targeted)?.reasons.slice(2)).toEqual([
      { kind: 'country', rule: 'targeted-country', country: 'DE', weight: 2, contribution: 2 },
      { kind: 'helix', rule: 'targeted-helix-type', helixType: 'company', weight: 1, contribution: 1 },
      { kind: 'cluster', rule: 'targeted-cluster', clusterId: 'tweed', weight: 1, contribution: 1 },
    ]);
    expect(match(targeted)?.score).toBe(10);
  });

  it('is no match without a shared sector or technology, targets met or not', () => {
    expect(match({ ...tender, targetCountries: ['DE'] }, { ...heatPumpCompany, sectors: ['water'], technologies: ['lidar'] })).toBeUndefined();
  });

  describe('hard filters', () => {
    it.each([
      ['a suspended organisation', tender, { ...heatPumpCompany, status: 'suspended' as const }],
      ['an organisation that left', tender, { ...heatPumpCompany, status: 'left' as const }],
      ["the publisher's own organisation", tender, { ...heatPumpCompany, organisationId: 'publisher' }],
      ['an organisation outside the target countries', { ...tender, targetCountries: ['FR'] }, heatPumpCompany],
      ['an organisation outside the target clusters', { ...tender, targetClusterIds: ['clean'] }, heatPumpCompany],
      ['an organisation of another helix type', { ...tender, targetHelixTypes: ['research-institution' as const] }, heatPumpCompany],
      ['a closed opportunity', { ...tender, status: 'closed' as const }, heatPumpCompany],
      ['an opportunity past its deadline (expiry event not yet seen)', { ...tender, deadline: new Date(TEST_NOW).toISOString() }, heatPumpCompany],
    ])('never matches %s', (_case, opportunity, organisation) => {
      expect(match(opportunity, organisation)).toBeUndefined();
    });
  });

  it("applies the organisation's track record and a previous introduction to the publisher", () => {
    const history = new InMemoryIntroductionHistory();
    history.record({ introductionId: 'i1', organisationIds: ['heat', 'someone'], outcome: 'cooperation-agreement', recordedAt: 1 });
    history.record({ introductionId: 'i2', organisationIds: ['publisher', 'heat'], outcome: 'no-further-contact', recordedAt: 2 });
    const result = match(tender, heatPumpCompany, history);
    const trackRecord = 1 + 0.2 * (1 / 4); // 1 success of 2 introductions, plus the prior of 2
    expect(result?.score).toBeCloseTo(6 * trackRecord * 0.5, 12);
    expect(result?.reasons.slice(2)).toEqual([
      { kind: 'outcome-feedback', rule: 'track-record', organisationIds: ['heat'], factor: trackRecord, contribution: expect.closeTo(6 * (trackRecord - 1), 12) },
      {
        kind: 'outcome-feedback',
        rule: 'previous-introduction',
        outcome: 'no-further-contact',
        between: ['publisher', 'heat'],
        factor: 0.5,
        contribution: expect.closeTo(-3 * trackRecord, 12),
      },
    ]);
    const total = result?.reasons.reduce((sum, reason) => sum + reason.contribution, 0);
    expect(total).toBeCloseTo(result?.score ?? Number.NaN, 12);
  });
});
