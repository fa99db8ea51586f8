/**
 * An Atom 1.0 document (RFC 4287) as data, and its one serialisation. Pure: every string a
 * publisher wrote goes through `xmlText`, so no title, description or cluster name can break out
 * of its element or make the document ill-formed.
 */

export interface AtomLink {
  rel: 'self' | 'alternate' | 'first' | 'last' | 'next' | 'previous';
  href: string;
  type?: string;
}

export interface AtomCategory {
  term: string;
  scheme: string;
  label?: string;
}

export interface AtomEntry {
  /** An IRI that never changes (RFC 4287 4.2.6): `urn:uuid:<opportunityId>`. */
  id: string;
  title: string;
  /** RFC 3339 instants. */
  updated: string;
  published: string;
  authorName: string;
  links: AtomLink[];
  categories: AtomCategory[];
  summary: string;
  content: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  updated: string;
  links: AtomLink[];
  generator: { name: string; uri: string };
  /** The feed's author, which every entry without its own inherits (RFC 4287 4.1.1). */
  authorName: string;
  entries: AtomEntry[];
}

export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';
export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

/**
 * Characters XML 1.0 does not allow at all (C0 controls but tab/newline/return, lone surrogates,
 * U+FFFE/U+FFFF): escaping cannot make them legal, so they are dropped.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe in element content and in double-quoted attribute values. */
export function xmlText(value: string): string {
  return value
    .replace(NOT_XML_CHARACTERS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // A parser would normalise literal CR and, in attributes, tabs and newlines: keep them as they were.
    .replace(/\r/g, '&#13;');
}

function attributes(values: Record<string, string | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${xmlText(value).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;')}"`)
    .join('');
}

function element(name: string, text: string, attrs: Record<string, string | undefined> = {}): string {
  return `<${name}${attributes(attrs)}>${xmlText(text)}</${name}>`;
}

function link(value: AtomLink): string {
  return `<link${attributes({ rel: value.rel, href: value.href, type: value.type })}/>`;
}

function category(value: AtomCategory): string {
  return `<category${attributes({ term: value.term, scheme: value.scheme, label: value.label })}/>`;
}

function entry(value: AtomEntry): string {
  return [
    '  <entry>',
    `    ${element('id', value.id)}`,
    `    ${element('title', value.title, { type: 'text' })}`,
    `    ${element('updated', value.updated)}`,
    `    ${element('published', value.published)}`,
    `    <author>${element('name', value.authorName)}</author>`,
    ...value.links.map((item) => `    ${link(item)}`),
    ...value.categories.map((item) => `    ${category(item)}`),
    `    ${element('summary', value.summary, { type: 'text' })}`,
    `    ${element('content', value.content, { type: 'text' })}`,
    '  </entry>',
  ].join('\n');
}

export function renderAtomFeed(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="${ATOM_NAMESPACE}">`,
    `  ${element('id', feed.id)}`,
    `  ${element('title', feed.title, { type: 'text' })}`,
    `  ${element('subtitle', feed.subtitle, { type: 'text' })}`,
    `  ${element('updated', feed.updated)}`,
    `  <author>${element('name', feed.authorName)}</author>`,
    `  ${element('generator', feed.generator.name, { uri: feed.generator.uri })}`,
    ...feed.links.map((item) => `  ${link(item)}`),
    ...feed.entries.map(entry),
    '</feed>',
    '',
  ].join('\n');
}
