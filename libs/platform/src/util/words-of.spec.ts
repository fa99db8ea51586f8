import { wordsOf } from './words-of';

describe('wordsOf', () => {
  it('removes accents, lower-cases and splits on everything but letters and digits', () => {
    expect(wordsOf('Énergie-Wärme 2030')).toEqual(['energie', 'warme', '2030']);
    expect(wordsOf('  United States of America ')).toEqual(['united', 'states', 'of', 'america']);
  });

  it('gives nothing for a text without letters or digits', () => {
    expect(wordsOf(' -- / ')).toEqual([]);
  });
});
