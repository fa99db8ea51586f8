import { wordsOf } from '@icn/platform';

/**
 * Countries named in a need ("Pilot sites in Germany", "Distributors in the United States").
 *
 * Organisation snapshots carry no target countries, yet needs often say where a member wants to go,
 * and going abroad is why members join ICN. So the English country names in a need are read as its
 * target countries (ISO 3166-1 alpha-2). Names come from the runtime's ICU data (Intl.DisplayNames),
 * so every country is covered without a hand-kept list; a few common short forms are added.
 *
 * Known limits: English only; a handful of country names are also ordinary words (Chad, Jersey,
 * Jordan), rare in cleantech needs; region names ("Scandinavia") are not countries and are ignored.
 */

/** CLDR region codes that are not countries an organisation can be in. */
const NOT_COUNTRIES: ReadonlySet<string> = new Set(['EU', 'EZ', 'QO', 'UN', 'XA', 'XB', 'XK', 'ZZ']);

const ALIASES: Readonly<Record<string, string>> = {
  turkey: 'TR',
  uk: 'GB',
  britain: 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  usa: 'US',
  'united states of america': 'US',
  holland: 'NL',
  'czech republic': 'CZ',
  korea: 'KR',
  'ivory coast': 'CI',
  burma: 'MM',
};

interface CountryNameTable {
  /** Country code by its name's words joined with one space. */
  byName: ReadonlyMap<string, string>;
  /** Most words in a name, so the scan tries the longest names first. */
  longestName: number;
  /** First words of names: most words start none, and are passed over without building phrases. */
  firstWords: ReadonlySet<string>;
}

let table: CountryNameTable | undefined;

/** The distinct country codes named in a text, in order of first mention. */
export function countriesNamedIn(text: string): string[] {
  const { byName, longestName, firstWords } = countryNameTable();
  const words = wordsOf(text);
  const found: string[] = [];
  let index = 0;
  while (index < words.length) {
    if (!firstWords.has(words[index])) {
      index += 1;
      continue;
    }
    let matchedLength = 0;
    for (let length = Math.min(longestName, words.length - index); length >= 1 && matchedLength === 0; length -= 1) {
      const code = byName.get(words.slice(index, index + length).join(' '));
      if (code !== undefined) {
        if (!found.includes(code)) found.push(code);
        matchedLength = length;
      }
    }
    index += Math.max(1, matchedLength);
  }
  return found;
}

/** Built once, on first use: about 270 names, from ICU. */
function countryNameTable(): CountryNameTable {
  if (table !== undefined) return table;
  const displayNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const byName = new Map<string, string>();
  const add = (name: string, code: string): void => {
    const key = wordsOf(name).join(' ');
    if (key.length > 0 && !byName.has(key)) byName.set(key, code);
  };
  for (const code of twoLetterCodes()) {
    const name = displayNames.of(code);
    if (name === undefined || NOT_COUNTRIES.has(code)) continue;
    // Withdrawn codes (UK, DD, YU...) resolve to their successor, so a name always maps to a current code.
    const current = canonicalRegion(code);
    add(name, current);
    // "Bosnia & Herzegovina" is written "Bosnia and Herzegovina"; "Myanmar (Burma)" as "Myanmar".
    add(name.replace(/&/g, 'and'), current);
    add(name.replace(/\s*\(.*\)\s*/g, ' '), current);
  }
  for (const [name, code] of Object.entries(ALIASES)) add(name, code);
  const names = [...byName.keys()].map((key) => key.split(' '));
  table = { byName, longestName: Math.max(...names.map((words) => words.length)), firstWords: new Set(names.map((words) => words[0])) };
  return table;
}

function* twoLetterCodes(): Generator<string> {
  for (let first = 65; first <= 90; first += 1) {
    for (let second = 65; second <= 90; second += 1) yield String.fromCharCode(first, second);
  }
}

function canonicalRegion(code: string): string {
  const [canonical] = Intl.getCanonicalLocales(`und-${code}`);
  return canonical === undefined ? code : canonical.slice('und-'.length);
}
