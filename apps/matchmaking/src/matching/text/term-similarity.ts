/** How well two term lists agree, and on which terms. */
export interface TermOverlap {
  shared: string[];
  /** Dice coefficient, 2|A∩B| / (|A| + |B|), in 0..1. */
  similarity: number;
}

/**
 * Similarity of two sorted, duplicate-free term lists (as `termsOf` returns them), without listing
 * the shared terms: the ranking loop calls it for every offer/need pair of every candidate.
 *
 * Dice rather than "shares a word": one common word ("energy") shared by two longer phrases about
 * different things stays below the threshold, while "Heat pump design" <-> "Heat pumps for pilot
 * homes" scores high. Dice rather than overlap-over-the-shorter: a one-word offer ("Hydrogen") does
 * not fully answer a longer need ("Hydrogen storage in Denmark").
 */
export function termSimilarity(left: readonly string[], right: readonly string[]): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if (left[i] === right[j]) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (left[i] < right[j]) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return dice(shared, left.length + right.length);
}

/** The same similarity as `termSimilarity`, with the shared terms, for explanations. */
export function termOverlap(left: readonly string[], right: readonly string[]): TermOverlap {
  const rightTerms = new Set(right);
  const shared = left.filter((term) => rightTerms.has(term));
  return { shared, similarity: dice(shared.length, left.length + right.length) };
}

/** Dice from the counts: shared terms, and the two lists' lengths added. The one formula every path uses. */
export function dice(shared: number, total: number): number {
  return total === 0 ? 0 : (2 * shared) / total;
}
