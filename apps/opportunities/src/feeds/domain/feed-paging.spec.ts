import { RequestValidationException } from '@icn/platform';
import { isNotModified } from './conditional-get';
import { feedCursorOf, feedPageOf, feedPageRequestOf } from './feed-paging';

const cursor = feedCursorOf({ publishedAt: '2026-12-05T20:00:00.000Z', id: 'b1c2' });

function fieldsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof RequestValidationException) return error.details.map((item) => item.field);
    throw error;
  }
  throw new Error('accepted');
}

describe('feed paging (RFC 5005)', () => {
  it('reads first, before, after and last', () => {
    expect(feedPageRequestOf({})).toEqual({ kind: 'first' });
    expect(feedPageRequestOf({ page: 'last' })).toEqual({ kind: 'last' });
    expect(feedPageRequestOf({ before: cursor })).toEqual({ kind: 'before', position: { publishedAt: '2026-12-05T20:00:00.000Z', id: 'b1c2' } });
    expect(feedPageRequestOf({ after: cursor })).toEqual({ kind: 'after', position: { publishedAt: '2026-12-05T20:00:00.000Z', id: 'b1c2' } });
  });

  it('400 naming the field for a cursor it did not issue, a bad page and more than one position', () => {
    expect(fieldsOf(() => feedPageRequestOf({ before: 'nonsense' }))).toEqual(['before']);
    expect(fieldsOf(() => feedPageRequestOf({ after: feedCursorOf({ publishedAt: 'not a date', id: 'x' }) }))).toEqual(['after']);
    expect(fieldsOf(() => feedPageRequestOf({ page: 'first' }))).toEqual(['page']);
    expect(fieldsOf(() => feedPageRequestOf({ before: cursor, after: cursor }))).toEqual(['before', 'after']);
  });

  it('turns size + 1 rows into a page, newest first, knowing what lies on either side', () => {
    expect(feedPageOf({ kind: 'first' }, [5, 4, 3], 2)).toEqual({ items: [5, 4], hasNewer: false, hasOlder: true });
    expect(feedPageOf({ kind: 'first' }, [5, 4], 2)).toEqual({ items: [5, 4], hasNewer: false, hasOlder: false });
    const position = { publishedAt: '2026-12-05T20:00:00.000Z', id: 'x' };
    expect(feedPageOf({ kind: 'before', position }, [3, 2], 2)).toEqual({ items: [3, 2], hasNewer: true, hasOlder: false });
    expect(feedPageOf({ kind: 'after', position }, [6, 7, 8], 2)).toEqual({ items: [7, 6], hasNewer: true, hasOlder: true });
    expect(feedPageOf({ kind: 'last' }, [1, 2], 2)).toEqual({ items: [2, 1], hasNewer: false, hasOlder: false });
  });
});

describe('conditional GET (RFC 9110)', () => {
  const current = { entityTag: '"abc"', lastModified: '2026-12-05T20:00:00.500Z' };
  it('If-None-Match decides when present (weak comparison, lists, *)', () => {
    expect(isNotModified({ ifNoneMatch: '"abc"' }, current)).toBe(true);
    expect(isNotModified({ ifNoneMatch: 'W/"abc"' }, current)).toBe(true);
    expect(isNotModified({ ifNoneMatch: '"x", "abc"' }, current)).toBe(true);
    expect(isNotModified({ ifNoneMatch: '*' }, current)).toBe(true);
    expect(isNotModified({ ifNoneMatch: '"old"', ifModifiedSince: 'Sat, 05 Dec 2026 21:00:00 GMT' }, current)).toBe(false);
  });
  it('If-Modified-Since in whole seconds, ignored when unparseable', () => {
    expect(isNotModified({ ifModifiedSince: 'Sat, 05 Dec 2026 20:00:00 GMT' }, current)).toBe(true);
    expect(isNotModified({ ifModifiedSince: 'Sat, 05 Dec 2026 19:59:59 GMT' }, current)).toBe(false);
    expect(isNotModified({ ifModifiedSince: 'yesterday' }, current)).toBe(false);
    expect(isNotModified({}, current)).toBe(false);
  });
});
