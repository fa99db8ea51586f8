import { DEFAULT_PAGE_SIZE, type KeysetPageQuery } from '@icn/platform';
import { BadRequestException } from '@nestjs/common';
import { decodeCursor, encodeCursor, type CursorPosition } from '../persistence/cursor';
import type { PageRequest } from '../persistence/directory-query';

export function toPageRequest(query: KeysetPageQuery): PageRequest {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  if (query.cursor === undefined) {
    return { limit };
  }
  const after = decodeCursor(query.cursor);
  if (after === undefined) {
    throw new BadRequestException(['cursor: must be a nextCursor returned by this endpoint']);
  }
  return { limit, after };
}

/** Repositories fetch limit + 1 rows: the extra row only proves that a next page exists. */
export function toPage<D extends { _id: string; name: string }, V>(
  rows: D[],
  limit: number,
  toView: (row: D) => V,
): { items: V[]; nextCursor: string | null } {
  const pageRows = rows.slice(0, limit);
  const last = pageRows[pageRows.length - 1];
  const position: CursorPosition | undefined = rows.length > limit && last !== undefined ? { name: last.name, id: last._id } : undefined;
  return { items: pageRows.map(toView), nextCursor: position === undefined ? null : encodeCursor(position) };
}
