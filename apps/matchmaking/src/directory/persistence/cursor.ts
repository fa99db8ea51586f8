/**
 * Opaque keyset-pagination cursor: the sort key of the last item of a page. Keyset rather than
 * skip/limit, so a page stays correct while the directory changes under a paging client.
 */
export interface CursorPosition {
  name: string;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.name, position.id]), 'utf8').toString('base64url');
}

/** Returns undefined for anything that is not a cursor this service issued (callers answer 400). */
export function decodeCursor(cursor: string): CursorPosition | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      return { name: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through: malformed base64 or JSON
  }
  return undefined;
}
