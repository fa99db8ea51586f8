import { computeBackoffMs, DEFAULT_BACKOFF } from './backoff';

const noJitter = { ...DEFAULT_BACKOFF, jitter: 0 };

describe('computeBackoffMs', () => {
  it('grows exponentially from the initial delay', () => {
    expect([1, 2, 3, 4].map((attempt) => computeBackoffMs(attempt, noJitter))).toEqual([200, 400, 800, 1600]);
  });

  it('is capped at maxMs, jitter included', () => {
    expect(computeBackoffMs(20, noJitter)).toBe(10_000);
    expect(computeBackoffMs(20, DEFAULT_BACKOFF, () => 0.999)).toBe(10_000);
    expect(computeBackoffMs(20, DEFAULT_BACKOFF, () => 0)).toBe(8_000);
  });

  it('spreads by at most ±jitter', () => {
    const options = { ...DEFAULT_BACKOFF, jitter: 0.5 };
    expect(computeBackoffMs(1, options, () => 0)).toBe(100);
    expect(computeBackoffMs(1, options, () => 0.5)).toBe(200);
    expect(computeBackoffMs(1, options, () => 0.999999)).toBe(300);
  });
});
