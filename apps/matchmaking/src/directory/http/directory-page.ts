import { decodeKeysetCursor, DEFAULT_PAGE_SIZE, toKeysetPage, type KeysetPageQuery } from '@icn/platform';
import type { PageRequest } from '../persistence/directory-query';

/** A forged cursor is a 400 on `cursor` (the platform's keyset codec, as every list of the platform). */
export function toPageRequest(query: KeysetPageQuery): PageRequest {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const after = decodeKeysetCursor(query.cursor);
  return after === undefined ? { limit } : { limit, after };
}

/** Repositories fetch limit + 1 rows: the extra row only proves that a next page exists. */
export function toPage<D extends { _id: string; name: string }, V>(
  rows: D[],
  limit: number,
  toView: (row: D) => V,
): { items: V[]; nextCursor: string | null } {
  const page = toKeysetPage(rows, limit, (row) => ({ key: row.name, id: row._id }));
  return { items: page.items.map(toView), nextCursor: page.nextCursor };
}
