import { termsOf } from './normalise-terms';

describe('termsOf', () => {
  it('lower-cases, removes accents and punctuation, and sorts', () => {
    expect(termsOf('Énergie-Management, SOFTWARE!')).toEqual(['energie', 'management', 'software']);
  });

  it('drops function words and offer/need boilerplate', () => {
    expect(termsOf('Looking for partners in the field of hydrogen')).toEqual(['field', 'hydrogen']);
  });

  it('folds simple English plurals so "pumps" meets "pump"', () => {
    expect(termsOf('Heat pumps and batteries for sites')).toEqual(['battery', 'heat', 'pump', 'site']);
  });

  it('leaves words that only look plural', () => {
    expect(termsOf('biomass gas process analysis bus')).toEqual(['analysis', 'biomass', 'bus', 'gas', 'process']);
  });

  it('keeps short technical terms but drops single characters', () => {
    expect(termsOf('PV and EV x CO2')).toEqual(['co2', 'ev', 'pv']);
  });

  it('returns each term once', () => {
    expect(termsOf('pump pumps PUMP')).toEqual(['pump']);
  });
});
