import { DOMParser, type Element } from '@xmldom/xmldom';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Validation of the public feed in tests: Jing against RFC 4287's own RELAX NG schema (Appendix B,
 * committed beside this file), plus what that schema cannot say — each element RFC 4287 4.1.1/4.1.2
 * requires exactly once, dates in RFC 3339 form, entry ids unique.
 */

const ATOM = 'http://www.w3.org/2005/Atom';
const SCHEMA = join(__dirname, 'rfc4287-atom.rnc');
const POM = join(__dirname, 'jing', 'pom.xml');
/** RFC 3339 section 5.6 date-time (xsd:dateTime also accepts a missing offset, which Atom does not). */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Jing's jars in the cache, resolved with Maven the first time (keyed by the pom, like the Kafka jars). */
export function jingClasspath(): string {
  const hash = createHash('sha256').update(readFileSync(POM)).digest('hex').slice(0, 16);
  const directory = join(process.env['ICN_CACHE_DIR'] ?? join(homedir(), '.cache', 'icn-platform'), `jing-${hash}`);
  if (!existsSync(join(directory, '.complete'))) {
    const staging = `${directory}.${process.pid}.tmp`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    execFileSync('mvn', ['-q', '-B', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${staging}`, '-DincludeScope=runtime'], { stdio: 'inherit' });
    writeFileSync(join(staging, '.complete'), '');
    if (!existsSync(join(directory, '.complete'))) {
      rmSync(directory, { recursive: true, force: true });
      renameSync(staging, directory);
    } else {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  return `${directory}/*`;
}

/** Jing's complaints about each document (empty arrays: valid), one JVM for all of them. */
export function validateWithJing(documents: readonly string[]): string[][] {
  const directory = mkdtempSync(join(tmpdir(), 'atom-'));
  try {
    const files = documents.map((document, index) => {
      const file = join(directory, `page-${index}.xml`);
      writeFileSync(file, document, 'utf8');
      return file;
    });
    const run = spawnSync('java', ['-cp', jingClasspath(), 'com.thaiopensource.relaxng.util.Driver', '-c', SCHEMA, ...files], { encoding: 'utf8' });
    if (run.error) throw run.error;
    const output = `${run.stdout}${run.stderr}`;
    const complaints = files.map((file) => output.split('\n').filter((line) => line.startsWith(file)));
    // A failure not about one of the documents (the schema, the JVM) must not pass as "no complaints".
    if (run.status !== 0 && complaints.every((lines) => lines.length === 0)) throw new Error(`jing exited with ${run.status}: ${output}`);
    if (run.status === 0 && complaints.some((lines) => lines.length > 0)) throw new Error(`jing exited with 0 but complained: ${output}`);
    return complaints;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

export interface ParsedEntry {
  id: string;
  title: string;
  updated: string;
  categories: { scheme: string | null; term: string }[];
  alternate: string | null;
  summary: string;
  content: string;
}

export interface ParsedFeed {
  id: string;
  updated: string;
  links: Record<string, string>;
  entries: ParsedEntry[];
}

/** Parses a feed page, failing on anything not well-formed. */
export function parseFeed(xml: string): { feed: ParsedFeed; problems: string[] } {
  const parseErrors: string[] = [];
  const document = new DOMParser({ onError: (level, message) => parseErrors.push(`${level}: ${message}`) }).parseFromString(xml, 'application/xml');
  if (parseErrors.length > 0) throw new Error(`not well-formed XML: ${parseErrors.join('; ')}`);
  const root = document.documentElement;
  if (root === null || root.namespaceURI !== ATOM || root.localName !== 'feed') throw new Error('the root is not atom:feed');
  const problems: string[] = [];
  const children = (parent: Element, name: string) => Array.from(parent.childNodes).filter((node): node is Element => node.nodeType === 1 && (node as Element).namespaceURI === ATOM && (node as Element).localName === name);
  const exactlyOne = (parent: Element, name: string, where: string): string => {
    const found = children(parent, name);
    if (found.length !== 1) problems.push(`${where} has ${found.length} atom:${name} (RFC 4287 requires exactly one)`);
    return found[0]?.textContent ?? '';
  };
  const date = (value: string, where: string) => {
    if (!RFC3339.test(value) || Number.isNaN(Date.parse(value))) problems.push(`${where}: "${value}" is not an RFC 3339 date-time`);
  };
  const feedId = exactlyOne(root, 'id', 'the feed');
  exactlyOne(root, 'title', 'the feed');
  const updated = exactlyOne(root, 'updated', 'the feed');
  date(updated, 'feed updated');
  const links: Record<string, string> = {};
  for (const link of children(root, 'link')) {
    const rel = link.getAttribute('rel') ?? 'alternate';
    if (rel in links && rel !== 'alternate') problems.push(`the feed has more than one ${rel} link`);
    links[rel] = link.getAttribute('href') ?? '';
  }
  if (links['self'] === undefined) problems.push('the feed has no self link (RFC 4287 4.1.1 SHOULD, RFC 5005 relies on it)');
  const feedHasAuthor = children(root, 'author').length > 0;
  const entries: ParsedEntry[] = children(root, 'entry').map((entry, index) => {
    const where = `entry ${index}`;
    const id = exactlyOne(entry, 'id', where);
    const title = exactlyOne(entry, 'title', where);
    const entryUpdated = exactlyOne(entry, 'updated', where);
    date(entryUpdated, `${where} updated`);
    for (const published of children(entry, 'published')) date(published.textContent ?? '', `${where} published`);
    if (!feedHasAuthor && children(entry, 'author').length === 0) problems.push(`${where} has no author and neither has the feed`);
    const alternates = children(entry, 'link').filter((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate');
    if (alternates.length === 0 && children(entry, 'content').length === 0) problems.push(`${where} has neither an alternate link nor content`);
    if (children(entry, 'summary').length > 1) problems.push(`${where} has more than one summary`);
    return {
      id,
      title,
      updated: entryUpdated,
      categories: children(entry, 'category').map((category) => ({ scheme: category.getAttribute('scheme'), term: category.getAttribute('term') ?? '' })),
      alternate: alternates[0]?.getAttribute('href') ?? null,
      summary: children(entry, 'summary')[0]?.textContent ?? '',
      content: children(entry, 'content')[0]?.textContent ?? '',
    };
  });
  const ids = entries.map((entry) => entry.id);
  const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
  if (duplicates.length > 0) problems.push(`entry ids repeated: ${[...new Set(duplicates)].join(', ')}`);
  if (ids.includes(feedId)) problems.push('an entry has the feed id');
  return { feed: { id: feedId, updated, links, entries }, problems };
}
