import { InMemoryIntroductionHistory } from './in-memory-introduction-history';
import type { OrganisationMatch } from './match-explanation';
import { MatchingIndex, type MatchingIndexOptions } from './matching-index';
import type { OrganisationMatchingInput } from './matching-profile';
import { anOpportunity, anOrganisation, TEST_NOW } from './testing/matching-inputs.fixtures';
import { SeededRandom } from './testing/seeded-random';

const indexOf = (organisations: readonly OrganisationMatchingInput[], options: MatchingIndexOptions = {}): MatchingIndex => {
  const index = new MatchingIndex({ clock: () => TEST_NOW, ...options });
  for (const organisation of organisations) index.upsertOrganisation(organisation);
  return index;
};
const ranking = (matches: readonly OrganisationMatch[] | undefined): [string, number][] => (matches ?? []).map((match) => [match.organisationId, match.score]);

/**
 * A heat-pump tender: two sectors (2 points each) and two technologies (4 points each). The right
 * order follows from what each organisation shares with it:
 *   a-full       both sectors, both technologies  2+2+4+4 = 12
 *   b-tech       both technologies                    4+4 = 8
 *   c-mixed      one sector, one technology           2+4 = 6
 *   d-sectors    both sectors                         2+2 = 4
 *   e-unrelated  water / membranes                   nothing: not ranked
 */
const tender = anOpportunity('tender', {
  sectors: ['district-heating', 'energy-efficiency'],
  technologies: ['heat-pumps', 'thermal-storage'],
  publisher: { subject: 'user-p', organisationId: 'p-publisher' },
});
const fiveOrganisations = [
  anOrganisation('c-mixed', { sectors: ['district-heating'], technologies: ['heat-pumps'] }),
  anOrganisation('e-unrelated', { sectors: ['water'], technologies: ['membrane-filtration'] }),
  anOrganisation('a-full', { sectors: ['energy-efficiency', 'district-heating'], technologies: ['thermal-storage', 'heat-pumps'] }),
  anOrganisation('d-sectors', { sectors: ['district-heating', 'energy-efficiency'] }),
  anOrganisation('b-tech', { technologies: ['heat-pumps', 'thermal-storage'] }),
];

describe('MatchingIndex: opportunity -> organisations', () => {
  it('ranks five organisations in the order their shared terms give', () => {
    expect(ranking(indexOf(fiveOrganisations).rankOrganisationsForOpportunity(tender))).toEqual([
      ['a-full', 12],
      ['b-tech', 8],
      ['c-mixed', 6],
      ['d-sectors', 4],
    ]);
  });

  it('explains each result: what matched and its contribution', () => {
    const [best] = indexOf(fiveOrganisations).rankOrganisationsForOpportunity(tender);
    expect(best).toEqual({
      organisationId: 'a-full',
      name: 'Organisation a-full',
      score: 12,
      reasons: [
        { kind: 'sector', sector: 'district-heating', weight: 2, contribution: 2 },
        { kind: 'sector', sector: 'energy-efficiency', weight: 2, contribution: 2 },
        { kind: 'technology', technology: 'heat-pumps', weight: 4, contribution: 4 },
        { kind: 'technology', technology: 'thermal-storage', weight: 4, contribution: 4 },
      ],
    });
  });

  it('breaks ties by id, and honours limit and minScore', () => {
    const index = indexOf([
      anOrganisation('z-twin', { technologies: ['heat-pumps'] }),
      anOrganisation('y-twin', { technologies: ['heat-pumps'] }),
      ...fiveOrganisations,
    ]);
    expect(ranking(index.rankOrganisationsForOpportunity(tender)).slice(3)).toEqual([
      ['d-sectors', 4],
      ['y-twin', 4],
      ['z-twin', 4],
    ]);
    expect(ranking(index.rankOrganisationsForOpportunity(tender, { limit: 2 }))).toEqual([
      ['a-full', 12],
      ['b-tech', 8],
    ]);
    expect(ranking(index.rankOrganisationsForOpportunity(tender, { minScore: 6 }))).toEqual([
      ['a-full', 12],
      ['b-tech', 8],
      ['c-mixed', 6],
    ]);
  });

  it('gives the same result whatever order the organisations arrived in', () => {
    const expected = indexOf(fiveOrganisations).rankOrganisationsForOpportunity(tender);
    const random = new SeededRandom(7);
    for (let round = 0; round < 20; round += 1) {
      expect(indexOf(random.shuffled(fiveOrganisations)).rankOrganisationsForOpportunity(tender)).toEqual(expected);
    }
  });

  it('applies the hard filters: inactive members, the publisher, and every target', () => {
    const index = indexOf([
      ...fiveOrganisations,
      anOrganisation('f-suspended', { status: 'suspended', sectors: ['district-heating'], technologies: ['heat-pumps', 'thermal-storage'] }),
      anOrganisation('g-left', { status: 'left', technologies: ['heat-pumps', 'thermal-storage'] }),
      anOrganisation('p-publisher', { technologies: ['heat-pumps', 'thermal-storage'] }),
      anOrganisation('h-german-company', { country: 'DE', clusterId: 'tweed', helixType: 'company', companySize: 'sme', technologies: ['heat-pumps'] }),
    ]);
    expect(ranking(index.rankOrganisationsForOpportunity(tender)).map(([id]) => id)).toEqual(['a-full', 'b-tech', 'c-mixed', 'd-sectors', 'h-german-company']);
    expect(ranking(index.rankOrganisationsForOpportunity({ ...tender, targetCountries: ['DE'] }))).toEqual([['h-german-company', 6]]);
    expect(ranking(index.rankOrganisationsForOpportunity({ ...tender, targetClusterIds: ['tweed'] }))).toEqual([['h-german-company', 5]]);
    expect(ranking(index.rankOrganisationsForOpportunity({ ...tender, targetHelixTypes: ['company'] }))).toEqual([['h-german-company', 5]]);
    expect(index.rankOrganisationsForOpportunity({ ...tender, targetHelixTypes: ['public-authority'] })).toEqual([]);
  });

  it('ranks nobody for an opportunity that is closed or past its deadline', () => {
    const index = indexOf(fiveOrganisations);
    expect(index.rankOrganisationsForOpportunity({ ...tender, status: 'cancelled' })).toEqual([]);
    expect(index.rankOrganisationsForOpportunity({ ...tender, deadline: '2026-03-01T11:59:59.000Z' })).toEqual([]);
  });

  it('follows upserts and removals at once', () => {
    const index = indexOf(fiveOrganisations);
    // d-sectors adds both technologies: 4 + 8 = 12, level with a-full, which stays first by id.
    index.upsertOrganisation({ ...fiveOrganisations[3], technologies: ['heat-pumps', 'thermal-storage'] });
    expect(ranking(index.rankOrganisationsForOpportunity(tender)).map(([id]) => id)).toEqual(['a-full', 'd-sectors', 'b-tech', 'c-mixed']);
    expect(index.removeOrganisation('a-full')).toBe(true);
    expect(index.removeOrganisation('a-full')).toBe(false);
    index.upsertOrganisation({ ...fiveOrganisations[4], status: 'suspended' });
    expect(ranking(index.rankOrganisationsForOpportunity(tender))).toEqual([
      ['d-sectors', 12],
      ['c-mixed', 6],
    ]);
    // Reinstated (a new snapshot): back in the ranking; a newcomer takes a freed slot.
    index.upsertOrganisation(fiveOrganisations[4]);
    index.upsertOrganisation(anOrganisation('k-new', { sectors: ['energy-efficiency'] }));
    expect(ranking(index.rankOrganisationsForOpportunity(tender))).toEqual([
      ['d-sectors', 12],
      ['b-tech', 8],
      ['c-mixed', 6],
      ['k-new', 2],
    ]);
    // Dropping a sector removes it from that sector's index too.
    index.upsertOrganisation({ ...fiveOrganisations[3], sectors: [], technologies: [] });
    expect(ranking(index.rankOrganisationsForOpportunity(tender)).map(([id]) => id)).toEqual(['b-tech', 'c-mixed', 'k-new']);
  });

  it('lets introduction outcomes reorder matches, within their bounds', () => {
    const history = new InMemoryIntroductionHistory();
    const index = indexOf(
      [...fiveOrganisations, anOrganisation('c-twin', { sectors: ['district-heating'], technologies: ['heat-pumps'] })],
      { history },
    );
    // Level with c-mixed at 6, c-mixed wins on id; a successful introduction puts c-twin first.
    expect(ranking(index.rankOrganisationsForOpportunity(tender)).slice(2, 4)).toEqual([
      ['c-mixed', 6],
      ['c-twin', 6],
    ]);
    history.record({ introductionId: 'i1', organisationIds: ['c-twin', 'x'], outcome: 'cooperation-agreement', recordedAt: 1 });
    const boosted = index.rankOrganisationsForOpportunity(tender);
    expect(boosted.slice(2, 4).map((match) => match.organisationId)).toEqual(['c-twin', 'c-mixed']);
    expect(boosted[2].reasons).toContainEqual({
      kind: 'outcome-feedback',
      rule: 'track-record',
      organisationIds: ['c-twin'],
      factor: 1 + 0.2 / 3,
      contribution: expect.closeTo(6 * (0.2 / 3), 12),
    });
    // The boost is bounded: it cannot lift a 6 over an 8.
    expect(boosted[1].organisationId).toBe('b-tech');
    // The publisher had no further contact with a-full: halved, 12 -> 6, below b-tech.
    history.record({ introductionId: 'i2', organisationIds: ['p-publisher', 'a-full'], outcome: 'no-further-contact', recordedAt: 2 });
    expect(ranking(index.rankOrganisationsForOpportunity(tender)).slice(0, 2)).toEqual([
      ['b-tech', 8],
      ['c-twin', 6 * (1 + 0.2 / 3)],
    ]);
  });
});

describe('MatchingIndex: organisation -> organisations', () => {
  /**
   * s-heat: a Danish heat-pump SME needing German pilot sites and a research partner for thermal
   * storage. The order follows from the data:
   *   r-institute  its offer answers a need (10), s-heat's offer answers its need (10), shared sector
   *                (2), German (named in a need, 3), company <-> research institution (3)   = 28
   *   p-city       offer "Pilot sites for district heating" answers "Pilot sites in Germany" at
   *                4/7 (5.71), German (3), sector (2), company <-> public authority (2)      ≈ 12.71
   *   l-large      shared technology (4) and sector (2), SME <-> large company (1)           = 7
   *   x-peer       shared sector only, same kind of company                                  = 2
   *   o-water      nothing in common: not ranked
   */
  const source = anOrganisation('s-heat', {
    helixType: 'company',
    companySize: 'sme',
    sectors: ['district-heating'],
    technologies: ['heat-pumps'],
    offers: ['Heat pump design'],
    needs: ['Pilot sites in Germany', 'Research partners for thermal storage'],
  });
  const others = [
    anOrganisation('x-peer', { helixType: 'company', companySize: 'sme', sectors: ['district-heating'] }),
    anOrganisation('l-large', { helixType: 'company', companySize: 'large', country: 'SE', sectors: ['district-heating'], technologies: ['heat-pumps'] }),
    anOrganisation('o-water', { sectors: ['water'], offers: ['Water treatment'], needs: ['Membranes'] }),
    anOrganisation('p-city', { helixType: 'public-authority', country: 'DE', sectors: ['district-heating'], offers: ['Pilot sites for district heating'] }),
    anOrganisation('r-institute', { helixType: 'research-institution', country: 'DE', sectors: ['district-heating'], offers: ['Thermal storage research'], needs: ['Heat pumps design'] }),
  ];

  it('ranks complementary organisations first, in the order the data gives', () => {
    const matches = indexOf([source, ...others]).rankOrganisationsForOrganisation('s-heat');
    expect(ranking(matches)).toEqual([
      ['r-institute', 28],
      ['p-city', expect.closeTo(10 * (4 / 7) + 3 + 2 + 2, 12)],
      ['l-large', 7],
      ['x-peer', 2],
    ]);
    expect(matches?.[0].reasons.map((reason) => reason.kind)).toEqual(['offer-need', 'offer-need', 'sector', 'country', 'helix']);
  });

  it('never ranks the organisation itself, and is symmetric', () => {
    const index = indexOf([source, ...others]);
    const fromInstitute = index.rankOrganisationsForOrganisation('r-institute');
    expect(fromInstitute?.map((match) => match.organisationId)).not.toContain('r-institute');
    expect(fromInstitute?.find((match) => match.organisationId === 's-heat')?.score).toBe(28);
  });

  it('is undefined for an unknown organisation and empty for an inactive one', () => {
    const index = indexOf([source, ...others]);
    expect(index.rankOrganisationsForOrganisation('nobody')).toBeUndefined();
    index.upsertOrganisation({ ...source, status: 'suspended' });
    expect(index.rankOrganisationsForOrganisation('s-heat')).toEqual([]);
    expect(index.rankOrganisationsForOrganisation('r-institute')?.map((match) => match.organisationId)).not.toContain('s-heat');
  });

  it('drops a match whose offer is withdrawn', () => {
    const index = indexOf([source, ...others]);
    index.upsertOrganisation({ ...others[3], offers: [] });
    expect(ranking(index.rankOrganisationsForOrganisation('s-heat')).find(([id]) => id === 'p-city')).toEqual(['p-city', 3 + 2 + 2]);
  });
});

describe('MatchingIndex: organisation -> open opportunities', () => {
  const member = anOrganisation('m-member', { helixType: 'company', companySize: 'sme', country: 'DK', sectors: ['water', 'hydrogen'], technologies: ['electrolysers'] });

  it('ranks open opportunities it is eligible for, by the same score', () => {
    const index = indexOf([member]);
    index.upsertOpportunity(anOpportunity('o-both-sectors', { sectors: ['water', 'hydrogen'] }));
    index.upsertOpportunity(anOpportunity('o-technology', { technologies: ['electrolysers'] }));
    index.upsertOpportunity(anOpportunity('o-one-sector', { sectors: ['hydrogen'], targetCountries: ['DK'] }));
    index.upsertOpportunity(anOpportunity('o-expired', { sectors: ['water', 'hydrogen'], deadline: '2026-02-01T00:00:00.000Z' }));
    index.upsertOpportunity(anOpportunity('o-closed', { sectors: ['water', 'hydrogen'], status: 'closed' }));
    index.upsertOpportunity(anOpportunity('o-own', { technologies: ['electrolysers'], publisher: { subject: 'u', organisationId: 'm-member' } }));
    index.upsertOpportunity(anOpportunity('o-elsewhere', { technologies: ['electrolysers'], targetCountries: ['FR'] }));
    index.upsertOpportunity(anOpportunity('o-unrelated', { sectors: ['mobility'] }));
    expect(index.opportunityCount).toBe(7);
    expect(index.rankOpportunitiesForOrganisation('m-member')?.map((match) => [match.opportunityId, match.score])).toEqual([
      // Sectors 2 + 2; the technology 4; one sector 2 + the targeted country 2. Level: by id.
      ['o-both-sectors', 4],
      ['o-one-sector', 4],
      ['o-technology', 4],
    ]);
  });

  it('drops an opportunity once it is closed or removed', () => {
    const index = indexOf([member]);
    const open = anOpportunity('o-1', { sectors: ['water'] });
    index.upsertOpportunity(open);
    expect(index.rankOpportunitiesForOrganisation('m-member')?.map((match) => match.opportunityId)).toEqual(['o-1']);
    index.upsertOpportunity({ ...open, status: 'expired' });
    expect(index.rankOpportunitiesForOrganisation('m-member')).toEqual([]);
    index.upsertOpportunity(open);
    expect(index.removeOpportunity('o-1')).toBe(true);
    expect(index.rankOpportunitiesForOrganisation('m-member')).toEqual([]);
    expect(index.rankOpportunitiesForOrganisation('nobody')).toBeUndefined();
  });

  describe('visibility (the network rule, @icn/platform canViewOpportunity)', () => {
    // B publishes one opportunity for the network and one restricted to cluster C; m-member is in B.
    const inB = anOrganisation('b-member', { clusterId: 'b', sectors: ['water'] });
    const inC = anOrganisation('c-member', { clusterId: 'c', sectors: ['water'] });
    const inA = anOrganisation('a-member', { clusterId: 'a', sectors: ['water'] });
    const forNetwork = anOpportunity('o-network', { originClusterId: 'b', sectors: ['water'] });
    const restricted = anOpportunity('o-restricted', { originClusterId: 'b', sectors: ['water'], visibility: 'target-clusters', targetClusterIds: ['c'] });
    const index = indexOf([inA, inB, inC]);
    index.upsertOpportunity(forNetwork);
    index.upsertOpportunity(restricted);
    const ids = (matches: readonly { opportunityId: string }[] | undefined) => (matches ?? []).map((match) => match.opportunityId).sort();

    it('ranks a restricted opportunity only for organisations of its target clusters', () => {
      expect(ids(index.rankOpportunitiesForOrganisation('c-member'))).toEqual(['o-network', 'o-restricted']);
      expect(ids(index.rankOpportunitiesForOrganisation('a-member'))).toEqual(['o-network']);
      expect(ranking(index.rankOrganisationsForOpportunity(restricted)).map(([id]) => id)).toEqual(['c-member']);
    });

    it('leaves out what the caller may not see, whichever organisation it asks about', () => {
      const memberOfA = { role: 'member', clusterId: 'a' } as const;
      const managerOfC = { role: 'cluster-manager', clusterId: 'c' } as const;
      expect(ids(index.rankOpportunitiesForOrganisation('c-member', { viewer: memberOfA }))).toEqual(['o-network']);
      expect(ids(index.rankOpportunitiesForOrganisation('c-member', { viewer: managerOfC }))).toEqual(['o-network', 'o-restricted']);
      expect(ids(index.rankOpportunitiesForOrganisation('c-member', { viewer: { role: 'network-admin' } }))).toEqual(['o-network', 'o-restricted']);
    });
  });
});
