import { termsOf } from './normalise-terms';
import { termOverlap, termSimilarity } from './term-similarity';

describe('term similarity (Dice)', () => {
  const similarity = (a: string, b: string): number => termSimilarity(termsOf(a), termsOf(b));

  it('is 1 for the same terms and 0 for none shared', () => {
    expect(similarity('Heat pump design', 'design of heat pumps')).toBe(1);
    expect(similarity('Heat pump design', 'Water treatment')).toBe(0);
  });

  it('weighs shared terms against both lengths', () => {
    // {design, heat, pump} vs {heat, pilot, pump}: 2 x 2 / (3 + 3)
    expect(similarity('Heat pump design', 'Heat pumps for pilot')).toBeCloseTo(2 / 3, 12);
    // One word offered against a three-term need: 2 x 1 / (1 + 3)
    expect(similarity('Hydrogen', 'Hydrogen storage in Denmark')).toBe(0.5);
  });

  it('lists the shared terms with the same similarity', () => {
    expect(termOverlap(termsOf('Pilot site hosting'), termsOf('Pilot sites in Germany'))).toEqual({ shared: ['pilot', 'site'], similarity: 2 / 3 });
    expect(termSimilarity(termsOf('Pilot site hosting'), termsOf('Pilot sites in Germany'))).toBe(2 / 3);
  });

  it('is 0 for empty lists', () => {
    expect(termSimilarity([], [])).toBe(0);
  });
});
