/**
 * Opaque keyset-pagination cursor for GET /missions: the sort key (from, _id) of the last item of
 * a page. Keyset rather than skip/limit, so a page stays correct while missions are created.
 */
export interface MissionCursor {
  from: string;
  id: string;
}

export function encodeMissionCursor(position: MissionCursor): string {
  return Buffer.from(JSON.stringify([position.from, position.id]), 'utf8').toString('base64url');
}

/** Returns undefined for anything that is not a cursor this service issued (callers answer 400). */
export function decodeMissionCursor(cursor: string): MissionCursor | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      return { from: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through: malformed base64 or JSON
  }
  return undefined;
}
