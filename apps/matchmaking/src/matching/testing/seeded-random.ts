/**
 * A small seeded PRNG (mulberry32): the same seed gives the same sequence on every machine, so
 * random tests and benchmarks are reproducible. Not for security.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.next() * values.length)];
  }

  /** A shuffled copy (Fisher-Yates). */
  shuffled<T>(values: readonly T[]): T[] {
    const copy = [...values];
    for (let index = copy.length - 1; index > 0; index -= 1) {
      const other = this.int(0, index);
      [copy[index], copy[other]] = [copy[other], copy[index]];
    }
    return copy;
  }

  /** A UUID-shaped id (version 4 layout) from the sequence. */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => this.int(0, 15).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

/**
 * Picks by rank with probability proportional to 1 / (rank + 1)^exponent: a few values are common,
 * a long tail is rare, as sectors, technologies and countries are across a real network.
 */
export class ZipfPicker<T> {
  private readonly cumulative: number[] = [];

  constructor(
    private readonly values: readonly T[],
    exponent: number,
  ) {
    let total = 0;
    for (let rank = 0; rank < values.length; rank += 1) {
      total += 1 / Math.pow(rank + 1, exponent);
      this.cumulative.push(total);
    }
    for (let rank = 0; rank < this.cumulative.length; rank += 1) this.cumulative[rank] /= total;
  }

  pick(random: SeededRandom): T {
    const target = random.next();
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return this.values[low];
  }

  /** `count` distinct values (fewer if the list is shorter). */
  pickDistinct(random: SeededRandom, count: number): T[] {
    const picked = new Set<T>();
    const wanted = Math.min(count, this.values.length);
    for (let attempts = 0; picked.size < wanted && attempts < wanted * 20; attempts += 1) picked.add(this.pick(random));
    return [...picked];
  }
}
