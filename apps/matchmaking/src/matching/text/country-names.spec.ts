import { countriesNamedIn } from './country-names';

describe('countriesNamedIn', () => {
  it('finds an English country name in a need', () => {
    expect(countriesNamedIn('Pilot sites in Germany')).toEqual(['DE']);
  });

  it('prefers the longest name and finds several, in order of mention', () => {
    expect(countriesNamedIn('Distributors in the United States, the United Kingdom and South Korea')).toEqual(['US', 'GB', 'KR']);
  });

  it('reads accents, "&" written as "and", and common short forms', () => {
    expect(countriesNamedIn('Partners in Türkiye, Bosnia and Herzegovina, the UK and Holland')).toEqual(['TR', 'BA', 'GB', 'NL']);
  });

  it('maps names to current codes', () => {
    expect(countriesNamedIn('Customers in Myanmar and Serbia')).toEqual(['MM', 'RS']);
  });

  it('finds nothing in a need without a country, and does not read "us" as the United States', () => {
    expect(countriesNamedIn('Help us scale heat pumps')).toEqual([]);
  });

  it('ignores regions that are not countries', () => {
    expect(countriesNamedIn('Investors from the European Union')).toEqual([]);
  });
});
