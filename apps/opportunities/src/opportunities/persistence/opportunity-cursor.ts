/**
 * Opaque keyset cursors for the newest-first list: the (createdAt, opportunityId) of the last item,
 * base64url JSON, so clients neither build nor parse them and the order key may change later.
 */
export interface CursorPosition {
  createdAt: string;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.createdAt, position.id]), 'utf8').toString('base64url');
}

/** Returns undefined for anything that is not a cursor this service issued. */
export function decodeCursor(cursor: string): CursorPosition | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return undefined;
    const [createdAt, id] = parsed as unknown[];
    if (typeof createdAt !== 'string' || typeof id !== 'string' || Number.isNaN(Date.parse(createdAt)) || id.length === 0) return undefined;
    if (encodeCursor({ createdAt, id }) !== cursor) return undefined;
    return { createdAt, id };
  } catch {
    return undefined;
  }
}
