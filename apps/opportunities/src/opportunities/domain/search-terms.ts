/**
 * Words of an opportunity's title and description, normalised the same way for documents and
 * queries, so `?q=` is an exact lookup on a multikey index (`searchTerms: {$all: [...]}`) instead of
 * a regex scan — FerretDB has no text index.
 *
 * Normalisation: Unicode NFKD with diacritics removed (`Čistá` = `cista`), lower case, split on
 * anything that is not a letter or digit, a light plural fold (`pumps` = `pump`), and words shorter
 * than two characters or in a small stop-word list dropped (they would match nearly everything).
 */
const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'is', 'it', 'of', 'on', 'or', 'the', 'to', 'with',
  'we', 'our', 'this', 'that', 'will', 'der', 'die', 'das', 'und', 'og', 'en', 'et', 'le', 'la', 'les', 'de', 'du',
]);

/** Upper bound on stored terms per opportunity, so one long description cannot bloat the index. */
export const MAX_SEARCH_TERMS = 400;
/** Upper bound on query words; more would only narrow an AND search to nothing. */
export const MAX_QUERY_WORDS = 10;

export function normaliseWord(word: string): string {
  const folded = word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
  // Plural fold: "pumps" -> "pump", "grids" -> "grid"; keeps "gas", "bus", "class", "analysis".
  if (folded.length > 4 && folded.endsWith('s') && !/(ss|us|is)$/.test(folded)) return folded.slice(0, -1);
  return folded;
}

export function tokenize(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map(normaliseWord)
    .filter((word) => word.length >= 2 && !STOP_WORDS.has(word));
}

/** The distinct terms of a document, in first-seen order, capped. */
export function searchTermsOf(...texts: string[]): string[] {
  return [...new Set(texts.flatMap(tokenize))].slice(0, MAX_SEARCH_TERMS);
}

/** The terms a query must all match; empty when the query holds no searchable word. */
export function queryTermsOf(query: string): string[] {
  return [...new Set(tokenize(query))].slice(0, MAX_QUERY_WORDS);
}
