import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { RequestValidationException } from '../errors/request-validation.exception';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** `?limit=&cursor=` of a list; a list's filters extend it. */
export class KeysetPageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page; absent for the first page.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  cursor?: string;
}

/** Where the previous page ended: the sort key and the id (the tie-breaker) of its last item. */
export interface KeysetPosition {
  key: string;
  id: string;
}

export interface KeysetPage<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Opaque keyset cursors (base64url JSON of the last item's sort key and id): clients neither build
 * nor parse them, and a page stays right while the list changes under a paging client, which
 * skip/limit would not.
 */
export function encodeKeysetCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.key, position.id]), 'utf8').toString('base64url');
}

/** The position a cursor names; anything this codec did not issue is a 400 on `cursor`. */
export function decodeKeysetCursor(cursor: string | undefined): KeysetPosition | undefined {
  if (cursor === undefined) return undefined;
  const invalid = () => new RequestValidationException([{ field: 'cursor', reason: 'must be the nextCursor of a previous page' }]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string' || parsed[1] === '') throw invalid();
  const position = { key: parsed[0], id: parsed[1] };
  if (encodeKeysetCursor(position) !== cursor) throw invalid();
  return position;
}

/** `limit + 1` rows → a page: the extra row only proves there is a next one. */
export function toKeysetPage<T>(rows: readonly T[], limit: number, positionOf: (row: T) => KeysetPosition): KeysetPage<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeKeysetCursor(positionOf(last)) : null };
}

/**
 * The Mongo filter for "after this position" in a (key, _id) order; `keyDirection` is the sort
 * direction of the key, ids always ascend within one key.
 */
export function afterKeysetPosition(field: string, position: KeysetPosition | undefined, keyDirection: 1 | -1): Record<string, unknown> {
  if (position === undefined) return {};
  return {
    $or: [{ [field]: { [keyDirection === 1 ? '$gt' : '$lt']: position.key } }, { [field]: position.key, _id: { $gt: position.id } }],
  };
}

/**
 * One page of the rows a caller may see when visibility is decided per row rather than in the
 * query: reads batches in keyset order, past invisible rows, until the page is full (plus the one
 * row that proves a next page) or the rows run out. The cursor is the last row shown, so the next
 * page resumes right after it.
 */
export async function collectVisiblePage<T>(options: {
  fetchAfter: (after: KeysetPosition | undefined, batchSize: number) => Promise<T[]>;
  isVisible: (row: T) => boolean;
  positionOf: (row: T) => KeysetPosition;
  limit: number;
  after: KeysetPosition | undefined;
  batchSize?: number;
}): Promise<KeysetPage<T>> {
  const batchSize = options.batchSize ?? 200;
  const visible: T[] = [];
  let position = options.after;
  for (;;) {
    const batch = await options.fetchAfter(position, batchSize);
    for (const row of batch) {
      if (options.isVisible(row)) visible.push(row);
      if (visible.length > options.limit) break;
    }
    const last = batch[batch.length - 1];
    if (visible.length > options.limit || batch.length < batchSize || last === undefined) break;
    position = options.positionOf(last);
  }
  return toKeysetPage(visible, options.limit, options.positionOf);
}
