import { wordsOf } from '@icn/platform';

/**
 * Offers and needs are free text ("Heat pump design", "Pilot sites in Germany"). They are compared
 * as sets of normalised terms rather than by exact string or a vocabulary: members write them
 * freely, a closed list would not fit them, and simple term overlap is predictable and explainable
 * ("matched on: heat, pump"). Normalisation:
 *   - accents removed and lower-cased, split on everything but letters and digits;
 *   - function words and the boilerplate of offers/needs ("looking for partners") dropped;
 *   - English plurals folded naively (`pumps` -> `pump`, `batteries` -> `battery`), enough for the
 *     short noun phrases members write; no dictionary stemming, so results stay easy to predict.
 */

const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'into', 'is', 'it', 'its', 'of',
  'on', 'or', 'our', 'the', 'their', 'to', 'we', 'with', 'within', 'new',
  // Boilerplate of offers and needs: says nothing about the subject.
  'looking', 'seeking', 'search', 'wanted', 'want', 'need', 'needed', 'offer', 'offering', 'find', 'partner',
]);

/** The distinct terms of an offer or need, sorted (so two lists intersect in one merge pass). */
export function termsOf(text: string): string[] {
  const terms = new Set<string>();
  for (const word of wordsOf(text)) {
    const term = foldPlural(word);
    if (term.length >= 2 && !STOP_WORDS.has(term)) terms.add(term);
  }
  return [...terms].sort();
}

function foldPlural(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}
