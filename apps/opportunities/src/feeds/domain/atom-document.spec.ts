import { parseFeed } from '@icn/testing';
import { renderAtomFeed, xmlText, type AtomEntry, type AtomFeed } from './atom-document';
import { entryIdOf, feedIdOf } from './feed-identity';

// Written again here, not imported: the test must not share the renderer's mistakes.
// eslint-disable-next-line no-control-regex
const ILLEGAL_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The strings that break hand-made XML, and the ones the services' hostile-input probes send. */
const HOSTILE = [
  '<script>alert(1)</script>',
  'Tom & Jerry &amp; &#x26; &unknown;',
  ']]> <![CDATA[ x ]]>',
  '"double" \'single\' `back`',
  '</title></entry></feed><feed>',
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>&e;',
  'a\u0000b',
  'bell\u0007 vertical-tab\u000B form-feed\u000C escape\u001B',
  'line\r\nbreak\ttab\rcarriage',
  'lone \uD800 high and \uDC00 low surrogates, pair 😀',
  'non-characters \uFFFE \uFFFF',
  'RTL \u202E override, zero width \u200B, BOM \uFEFF',
  'x'.repeat(20_000),
];

function entry(text: string, index: number): AtomEntry {
  return {
    id: entryIdOf(`00000000-0000-4000-8000-${String(index).padStart(12, '0')}`),
    title: text,
    updated: '2026-12-05T21:00:00.000Z',
    published: '2026-12-05T20:00:00.000Z',
    authorName: text,
    links: [{ rel: 'alternate', type: 'text/html', href: `https://console.example/opportunities/${index}?q=${text}` }],
    categories: [{ scheme: 'urn:icn-platform:sector', term: text, label: text }],
    summary: text,
    content: text,
  };
}

function feedOf(entries: AtomEntry[], title = 'ICN'): AtomFeed {
  return {
    id: feedIdOf({ kind: 'network' }),
    title,
    subtitle: title,
    updated: '2026-12-05T21:00:00.000Z',
    links: [{ rel: 'self', href: 'https://api.example/feeds/opportunities' }],
    generator: { name: 'test', uri: 'https://console.example' },
    authorName: 'ICN',
    entries,
  };
}

/** Random strings over the whole BMP and beyond, control characters and surrogates included. */
function randomText(seed: number): string {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state;
  };
  const length = next() % 40;
  const pools = [() => next() % 0x20, () => 0xd800 + (next() % 0x800), () => next() % 0x10000, () => '<>&"\''.charCodeAt(next() % 5)];
  return Array.from({ length }, () => String.fromCharCode(pools[next() % pools.length]!())).join('');
}

describe('Atom rendering (RFC 4287)', () => {
  it.each(HOSTILE.map((text, index) => [index, text] as const))('hostile input %i stays text: well-formed, and read back as written minus what XML cannot carry', (index, text) => {
    const { feed, problems } = parseFeed(renderAtomFeed(feedOf([entry(text, index)], text)));
    expect(problems).toEqual([]);
    const expected = text.replace(ILLEGAL_IN_XML, '');
    expect(feed.entries).toHaveLength(1);
    expect(feed.entries[0]?.title).toBe(expected);
    expect(feed.entries[0]?.summary).toBe(expected);
    expect(feed.entries[0]?.content).toBe(expected);
    expect(feed.entries[0]?.categories[0]?.term).toBe(expected);
  });

  it('2,000 random strings (controls, lone surrogates, markup characters) all give well-formed feeds that read back exactly', () => {
    for (let seed = 1; seed <= 2000; seed += 1) {
      const text = randomText(seed);
      const { feed, problems } = parseFeed(renderAtomFeed(feedOf([entry(text, seed)])));
      expect(problems).toEqual([]);
      expect(feed.entries[0]?.title).toBe(text.replace(ILLEGAL_IN_XML, ''));
    }
  });

  it('escapes the five markup characters and keeps carriage returns', () => {
    expect(xmlText(`<a href="x">&'\r`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&#13;');
  });

  it('feed ids are stable name-based UUIDs, different per scope; entry ids are the opportunity ids', () => {
    expect(feedIdOf({ kind: 'network' })).toBe(feedIdOf({ kind: 'network' }));
    expect(feedIdOf({ kind: 'cluster', clusterId: 'a' })).not.toBe(feedIdOf({ kind: 'cluster', clusterId: 'b' }));
    expect(feedIdOf({ kind: 'cluster', clusterId: 'a' })).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(entryIdOf('8F2B3C4D-0000-4000-8000-000000000001')).toBe('urn:uuid:8f2b3c4d-0000-4000-8000-000000000001');
  });
});
