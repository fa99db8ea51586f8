import { someRules } from '../../consortia/testing/consortium.fixtures';
import { gapsOfParties, smesMissing, toRequestedGaps, unitsOf } from './partnership-gaps';

describe('partnership gaps', () => {
  it('counts what a partnership lacks in units one partner can close', () => {
    const gaps = gapsOfParties(someRules({ minPartners: 4, minCountries: 3, requiredHelixTypes: ['research-institution', 'public-authority'], minSmeSharePercent: 50 }), [
      { country: 'DK', helixType: 'company', sme: false },
      { country: 'DK', helixType: 'public-authority', sme: false },
    ]);
    expect(gaps).toEqual({ partners: 2, countries: 2, presentCountries: ['DK'], helixTypes: ['research-institution'], smes: 2, overMax: 0 });
    expect(unitsOf(gaps)).toBe(7);
    expect(toRequestedGaps(gaps)).toEqual({ partnersMissing: 2, countriesMissing: 2, excludedCountries: ['DK'], helixTypesMissing: ['research-institution'], smesMissing: 2 });
  });

  it('finds the fewest SMEs that lift the share to the minimum, in exact arithmetic', () => {
    expect(smesMissing(3, 0, 30)).toBe(2); // 1 of 4 is 25 %, 2 of 5 is 40 %
    expect(smesMissing(2, 1, 50)).toBe(0);
    expect(smesMissing(2, 0, 33.33)).toBe(1); // 1 of 3 is 33.33… %
    // At 100 % a non-SME can never be outweighed.
    expect(smesMissing(2, 1, 100)).toBe(1);
  });

  it('counts partners beyond the maximum', () => {
    expect(gapsOfParties(someRules({ minPartners: 1, minCountries: 1, requiredHelixTypes: [], minSmeSharePercent: 0, maxPartners: 1 }), [
      { country: 'DK', helixType: 'company', sme: true },
      { country: 'BE', helixType: 'company', sme: true },
    ]).overMax).toBe(1);
  });
});
