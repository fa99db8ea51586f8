import { queryTermsOf, searchTermsOf, tokenize } from './search-terms';

describe('search terms', () => {
  it('folds case, accents and simple plurals, and drops stop words and single characters', () => {
    expect(tokenize('The Čistá ENERGY of Heat-Pumps, a 2030 plan')).toEqual(['cista', 'energy', 'heat', 'pump', '2030', 'plan']);
  });

  it('keeps words whose trailing s is not a plural', () => {
    expect(tokenize('gas bus analysis glass status')).toEqual(['gas', 'bus', 'analysis', 'glass', 'status']);
  });

  it('normalises documents and queries the same way, so a query word matches its document word', () => {
    const stored = searchTermsOf('District heating pilots', 'Looking for HEAT PUMPS in Århus');
    for (const term of queryTermsOf('heat pump pilot arhus')) expect(stored).toContain(term);
  });

  it('stores each term once', () => {
    expect(searchTermsOf('water water', 'Water')).toEqual(['water']);
  });

  it('returns no query terms for a query of only stop words or punctuation', () => {
    expect(queryTermsOf('the of - a')).toEqual([]);
  });
});
