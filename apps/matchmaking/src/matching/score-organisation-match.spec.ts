import { InMemoryIntroductionHistory } from './in-memory-introduction-history';
import { toOrganisationProfile, type OrganisationMatchingInput } from './matching-profile';
import { matchOrganisations } from './score-organisation-match';
import { anOrganisation } from './testing/matching-inputs.fixtures';

const match = (a: OrganisationMatchingInput, b: OrganisationMatchingInput, history = new InMemoryIntroductionHistory()) =>
  matchOrganisations(toOrganisationProfile(a), toOrganisationProfile(b), history);

// A Danish heat-pump SME that wants German pilot sites and a research partner for thermal storage.
const heatPumps = anOrganisation('s-heat', {
  helixType: 'company',
  companySize: 'sme',
  country: 'DK',
  sectors: ['district-heating'],
  technologies: ['heat-pumps'],
  offers: ['Heat pump design'],
  needs: ['Pilot sites in Germany', 'Research partners for thermal storage'],
});
// A German institute that offers exactly that research and needs heat pump design.
const institute = anOrganisation('r-institute', {
  helixType: 'research-institution',
  country: 'DE',
  sectors: ['district-heating'],
  offers: ['Thermal storage research'],
  needs: ['Heat pumps design'],
});

describe('organisation <-> organisation score', () => {
  it('explains offer/need pairs in both directions, shared sectors, named countries and the helix rule', () => {
    expect(match(heatPumps, institute)).toEqual({
      score: 28,
      reasons: [
        // 'r-institute' sorts before 's-heat', so its offers are listed first.
        {
          kind: 'offer-need',
          offeredBy: 'r-institute',
          offer: 'Thermal storage research',
          neededBy: 's-heat',
          need: 'Research partners for thermal storage',
          sharedTerms: ['research', 'storage', 'thermal'],
          similarity: 1,
          weight: 10,
          contribution: 10,
        },
        {
          kind: 'offer-need',
          offeredBy: 's-heat',
          offer: 'Heat pump design',
          neededBy: 'r-institute',
          need: 'Heat pumps design',
          sharedTerms: ['design', 'heat', 'pump'],
          similarity: 1,
          weight: 10,
          contribution: 10,
        },
        { kind: 'sector', sector: 'district-heating', weight: 2, contribution: 2 },
        { kind: 'country', rule: 'country-named-in-need', country: 'DE', neededBy: 's-heat', need: 'Pilot sites in Germany', weight: 3, contribution: 3 },
        { kind: 'helix', rule: 'helix-complementarity', pair: 'company+research-institution', weight: 3, contribution: 3 },
      ],
    });
  });

  it('is symmetric to the last bit', () => {
    const many = [heatPumps, institute, anOrganisation('m', { sectors: ['district-heating'], offers: ['Pilot site hosting'], needs: ['heat pumps'], country: 'DE' })];
    for (const a of many) for (const b of many) expect(match(a, b)).toEqual(match(b, a));
  });

  it('scales a pair by similarity and ignores pairs below the threshold', () => {
    const municipality = anOrganisation('p-city', { helixType: 'public-authority', country: 'SE', offers: ['Pilot sites for district heating', 'Energy data'] });
    // {pilot, site, germany} vs {district, heating, pilot, site}: 2 x 2 / 7
    expect(match(heatPumps, municipality)?.reasons).toEqual([
      expect.objectContaining({ kind: 'offer-need', offer: 'Pilot sites for district heating', sharedTerms: ['pilot', 'site'], similarity: 4 / 7, contribution: 10 * (4 / 7) }),
      { kind: 'helix', rule: 'helix-complementarity', pair: 'company+public-authority', weight: 2, contribution: 2 },
    ]);
    // One shared word between longer phrases (1 x 2 / 6) is not an answer.
    expect(match(anOrganisation('x', { offers: ['Energy efficiency audits'] }), anOrganisation('y', { needs: ['Energy storage investors'] }))).toBeUndefined();
  });

  it('counts only the best offer for each need and the best three pairs per direction', () => {
    const offerer = anOrganisation('o', { offers: ['Solar design', 'Solar panel design', 'Wind design', 'Hydro design', 'Geo design'] });
    const needer = anOrganisation('n', { needs: ['Solar panel design', 'Wind design', 'Hydro design', 'Geo design'] });
    const pairs = match(offerer, needer)?.reasons.filter((reason) => reason.kind === 'offer-need') ?? [];
    expect(pairs.map((pair) => (pair.kind === 'offer-need' ? [pair.offer, pair.need] : []))).toEqual([
      ['Geo design', 'Geo design'],
      ['Hydro design', 'Hydro design'],
      ['Solar panel design', 'Solar panel design'],
    ]);
  });

  it('adds SME <-> large company complementarity, never a helix rule alone', () => {
    const sme = anOrganisation('a', { helixType: 'company', companySize: 'sme', technologies: ['lidar'] });
    const large = anOrganisation('b', { helixType: 'company', companySize: 'large', technologies: ['lidar'] });
    expect(match(sme, large)?.reasons).toContainEqual({ kind: 'helix', rule: 'company-size-complementarity', weight: 1, contribution: 1 });
    expect(match(sme, large)?.score).toBe(5);
    expect(match({ ...sme, technologies: [] }, { ...large, technologies: [] })).toBeUndefined();
  });

  it('never matches an organisation with itself or with an inactive one', () => {
    expect(match(heatPumps, heatPumps)).toBeUndefined();
    expect(match(heatPumps, { ...institute, status: 'suspended' })).toBeUndefined();
    expect(match({ ...heatPumps, status: 'left' }, institute)).toBeUndefined();
  });

  it('averages both track records and halves a pair that had no further contact', () => {
    const history = new InMemoryIntroductionHistory();
    history.record({ introductionId: 'i1', organisationIds: ['s-heat', 'elsewhere'], outcome: 'cooperation-agreement', recordedAt: 1 });
    history.record({ introductionId: 'i2', organisationIds: ['s-heat', 'r-institute'], outcome: 'no-further-contact', recordedAt: 2 });
    // s-heat: 1 success of 2 introductions -> 1 + 0.2/4; r-institute: 0 of 1 -> 1.
    const trackRecord = (1 + 0.2 / 4 + 1) / 2;
    expect(match(heatPumps, institute, history)?.score).toBeCloseTo(28 * trackRecord * 0.5, 12);
    expect(match(institute, heatPumps, history)).toEqual(match(heatPumps, institute, history));
  });
});
