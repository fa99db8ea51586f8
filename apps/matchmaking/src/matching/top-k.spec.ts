import { SeededRandom } from './testing/seeded-random';
import { compareRanked, TopK } from './top-k';

describe('TopK', () => {
  it('keeps the best `limit` by score, ties by id', () => {
    const top = new TopK<null>(3);
    for (const [id, score] of [['d', 5], ['a', 1], ['c', 5], ['b', 9], ['e', 5]] as const) top.offer({ id, score, item: null });
    expect(top.sorted().map(({ id, score }) => [id, score])).toEqual([['b', 9], ['c', 5], ['d', 5]]);
  });

  it('returns fewer when fewer were offered', () => {
    const top = new TopK<null>(5);
    top.offer({ id: 'x', score: 1, item: null });
    expect(top.sorted().map(({ id }) => id)).toEqual(['x']);
  });

  it('admits exactly what offer would keep', () => {
    const top = new TopK<null>(2);
    top.offer({ id: 'b', score: 2, item: null });
    top.offer({ id: 'c', score: 2, item: null });
    expect(top.admits(2, 'a')).toBe(true);
    expect(top.admits(2, 'd')).toBe(false);
    expect(top.admits(1, 'a')).toBe(false);
  });

  it('rejects a limit that is not a positive integer', () => {
    expect(() => new TopK(0)).toThrow(RangeError);
    expect(() => new TopK(2.5)).toThrow(RangeError);
  });

  it('agrees with a full sort on random data with many ties (seeded)', () => {
    const random = new SeededRandom(42);
    for (let round = 0; round < 50; round += 1) {
      const candidates = Array.from({ length: random.int(0, 400) }, (_, index) => ({ id: `id-${random.int(0, 10_000)}-${index}`, score: random.int(0, 20) / 4, item: null }));
      const limit = random.int(1, 30);
      const top = new TopK<null>(limit);
      for (const candidate of candidates) if (top.admits(candidate.score, candidate.id)) top.offer(candidate);
      expect(top.sorted()).toEqual([...candidates].sort(compareRanked).slice(0, limit));
    }
  });
});
