import { RequestValidationException } from '@icn/platform';

/**
 * Opaque pagination cursors. Lists are ordered by `_id` and a cursor is the last `_id` returned,
 * base64url-encoded so clients do not build or parse them (the order key may change later).
 */
export function encodeCursor(lastId: string): string {
  return Buffer.from(lastId, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (decoded.length === 0 || encodeCursor(decoded) !== cursor) {
    throw new RequestValidationException([{ field: 'cursor', reason: 'must be a cursor returned by a previous page' }]);
  }
  return decoded;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Turns `limit + 1` rows into a page: the extra row only proves that there is a next page. */
export function toPage<T>(rows: T[], limit: number, idOf: (row: T) => string): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(idOf(last)) : null };
}
