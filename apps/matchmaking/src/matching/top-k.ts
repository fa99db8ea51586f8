import { compareText } from './compare-text';

/** A scored candidate; `id` breaks ties so the order is total and the same on every run. */
export interface Ranked<T> {
  id: string;
  score: number;
  item: T;
}

/** Ranking order: higher score first, then smaller id. Negative when `a` ranks before `b`. */
export function compareRanked(a: { id: string; score: number }, b: { id: string; score: number }): number {
  if (a.score !== b.score) return a.score > b.score ? -1 : 1;
  return compareText(a.id, b.id);
}

/**
 * The best `limit` of a stream of candidates without sorting them all: a min-heap of the current
 * best whose root is the worst of them, so a candidate is dropped with one comparison, and kept in
 * O(log limit). Ranking 100,000 candidates for 20 places costs about 100,000 comparisons.
 */
export class TopK<T> {
  private readonly heap: Ranked<T>[] = [];

  constructor(private readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  }

  /**
   * The score a candidate needs at least to get in: -Infinity until the heap is full. A candidate
   * whose best possible score is below it can be skipped without being scored.
   */
  get entryScore(): number {
    return this.heap.length < this.limit ? Number.NEGATIVE_INFINITY : this.heap[0].score;
  }

  /** Would a candidate with this score and id get in? Lets callers skip building the item. */
  admits(score: number, id: string): boolean {
    if (this.heap.length < this.limit) return true;
    const worstKept = this.heap[0];
    return score > worstKept.score || (score === worstKept.score && id < worstKept.id);
  }

  offer(candidate: Ranked<T>): void {
    if (this.heap.length < this.limit) {
      this.heap.push(candidate);
      this.siftUp(this.heap.length - 1);
    } else if (compareRanked(candidate, this.heap[0]) < 0) {
      this.heap[0] = candidate;
      this.siftDown(0);
    }
  }

  /** The kept candidates, best first. */
  sorted(): Ranked<T>[] {
    return [...this.heap].sort(compareRanked);
  }

  /** `a` ranks after `b`: it belongs nearer the root. */
  private worse(a: number, b: number): boolean {
    return compareRanked(this.heap[a], this.heap[b]) > 0;
  }

  private siftUp(index: number): void {
    let child = index;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.worse(child, parent)) return;
      this.swap(child, parent);
      child = parent;
    }
  }

  private siftDown(index: number): void {
    let parent = index;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let worst = parent;
      if (left < this.heap.length && this.worse(left, worst)) worst = left;
      if (right < this.heap.length && this.worse(right, worst)) worst = right;
      if (worst === parent) return;
      this.swap(parent, worst);
      parent = worst;
    }
  }

  private swap(a: number, b: number): void {
    const held = this.heap[a];
    this.heap[a] = this.heap[b];
    this.heap[b] = held;
  }
}
