import { forEachBounded } from './for-each-bounded';

describe('forEachBounded', () => {
  it('runs each distinct item once and reports whether every one went through', async () => {
    const seen: number[] = [];
    await expect(forEachBounded([1, 2, 2, 3], async (item) => void seen.push(item), 2)).resolves.toBe(true);
    expect(seen.sort()).toEqual([1, 2, 3]);
  });

  it('starts nothing after an item that did not go through, and answers false once the started ones finished', async () => {
    const started: number[] = [];
    let finished = 0;
    const result = await forEachBounded(
      [1, 2, 3, 4, 5],
      async (item) => {
        started.push(item);
        await new Promise((resolve) => setTimeout(resolve, item === 1 ? 1 : 20));
        finished += 1;
        return item !== 1;
      },
      2,
    );
    expect(result).toBe(false);
    expect(started).toEqual([1, 2]);
    expect(finished).toBe(2);
  });
});
