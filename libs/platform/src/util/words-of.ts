/**
 * Words of a text: accents removed, lower-cased, split on everything but letters and digits; every
 * word kept. One definition for the whole platform, so that what a subscription's keyword finds
 * (opportunities) and what matchmaking compares are the same words: `Wasserstoff` finds
 * `wasserstoff`, `énergie` finds `energie`.
 */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}
