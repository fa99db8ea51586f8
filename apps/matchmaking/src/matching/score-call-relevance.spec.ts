import { toOrganisationProfile } from './matching-profile';
import { CALL_AS_NEEDER, hasNoCompetencies, scoreCallRelevance, toCallProfile } from './score-call-relevance';
import { anOrganisation } from './testing/matching-inputs.fixtures';

const call = toCallProfile({ sectors: ['energy-efficiency', 'district-heating'], technologies: ['heat-pumps'], keywords: ['district heating retrofit'] });

describe('relevance of an organisation to a call', () => {
  it('adds shared sectors, technologies and offers answering the keywords with the engine weights; the contributions are the score', () => {
    const organisation = toOrganisationProfile(
      anOrganisation('heat', { sectors: ['district-heating', 'water'], technologies: ['heat-pumps', 'lidar'], offers: ['District heating retrofits'] }),
    );
    const explained = scoreCallRelevance(call, organisation);
    expect(explained?.reasons).toEqual([
      { kind: 'sector', sector: 'district-heating', weight: 2, contribution: 2 },
      { kind: 'technology', technology: 'heat-pumps', weight: 4, contribution: 4 },
      {
        kind: 'offer-need',
        offeredBy: 'heat',
        offer: 'District heating retrofits',
        neededBy: CALL_AS_NEEDER,
        need: 'district heating retrofit',
        sharedTerms: ['district', 'heating', 'retrofit'],
        similarity: 1,
        weight: 10,
        contribution: 10,
      },
    ]);
    expect(explained?.score).toBe(16);
  });

  it('is undefined when the organisation shares nothing with the call', () => {
    expect(scoreCallRelevance(call, toOrganisationProfile(anOrganisation('other', { sectors: ['water'], offers: ['Water meters'] })))).toBeUndefined();
  });

  it('knows a call that names no competency', () => {
    expect(hasNoCompetencies(toCallProfile({ sectors: [], technologies: [], keywords: ['  '] }))).toBe(true);
    expect(hasNoCompetencies(call)).toBe(false);
  });
});
