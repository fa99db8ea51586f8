import { decodeKeysetCursor, encodeKeysetCursor, RequestValidationException } from '@icn/platform';

/**
 * Paging of a feed (RFC 5005 section 3, paged feeds), newest first in (publishedAt, id) order:
 * - the first page: the newest items;
 * - `before=<cursor>`: the items just older than the cursor's (a `next` link);
 * - `after=<cursor>`: the items just newer than the cursor's (a `previous` link);
 * - `page=last`: the oldest items.
 * Keyset positions, not offsets: a page stays right while new opportunities are published, and
 * following `next` from the first page visits every item once.
 */
export type FeedPageRequest =
  | { kind: 'first' }
  | { kind: 'before'; position: FeedPosition }
  | { kind: 'after'; position: FeedPosition }
  | { kind: 'last' };

export interface FeedPosition {
  publishedAt: string;
  id: string;
}

export interface FeedPageParameters {
  before?: string;
  after?: string;
  page?: string;
}

export function feedPageRequestOf(parameters: FeedPageParameters): FeedPageRequest {
  const given = (['before', 'after', 'page'] as const).filter((name) => parameters[name] !== undefined);
  if (given.length > 1) {
    throw new RequestValidationException(given.map((field) => ({ field, reason: `only one of before, after and page may be given (got ${given.join(', ')})` })));
  }
  if (parameters.page !== undefined) {
    if (parameters.page !== 'last') throw new RequestValidationException([{ field: 'page', reason: "must be 'last'" }]);
    return { kind: 'last' };
  }
  if (parameters.before !== undefined) return { kind: 'before', position: positionOf('before', parameters.before) };
  if (parameters.after !== undefined) return { kind: 'after', position: positionOf('after', parameters.after) };
  return { kind: 'first' };
}

export function feedCursorOf(position: FeedPosition): string {
  return encodeKeysetCursor({ key: position.publishedAt, id: position.id });
}

function positionOf(field: 'before' | 'after', cursor: string): FeedPosition {
  const invalid = () => new RequestValidationException([{ field, reason: 'must be a cursor taken from a link of this feed' }]);
  let decoded: ReturnType<typeof decodeKeysetCursor>;
  try {
    decoded = decodeKeysetCursor(cursor);
  } catch {
    throw invalid();
  }
  if (decoded === undefined || Number.isNaN(Date.parse(decoded.key))) throw invalid();
  return { publishedAt: decoded.key, id: decoded.id };
}

/** What one query returned, in the order it asked for (descending for first/before, ascending otherwise). */
export interface FeedPage<T> {
  /** Newest first. */
  items: T[];
  hasNewer: boolean;
  hasOlder: boolean;
}

/**
 * `size + 1` rows of a page request → the page: the extra row only proves there is more in the
 * direction read. Pages reached by a cursor are assumed to have something on the cursor's side
 * (the item the cursor names, unless it left the feed since: then that link leads to a short page).
 */
export function feedPageOf<T>(request: FeedPageRequest, rows: readonly T[], size: number): FeedPage<T> {
  const more = rows.length > size;
  const page = rows.slice(0, size);
  switch (request.kind) {
    case 'first':
      return { items: page, hasNewer: false, hasOlder: more };
    case 'before':
      return { items: page, hasNewer: true, hasOlder: more };
    case 'after':
      return { items: page.reverse(), hasNewer: more, hasOlder: true };
    case 'last':
      return { items: page.reverse(), hasNewer: more, hasOlder: false };
  }
}

/** Reading newest first (descending) or from the oldest / the cursor upwards (ascending). */
export function readsDescending(request: FeedPageRequest): boolean {
  return request.kind === 'first' || request.kind === 'before';
}
