/**
 * Opaque keyset cursor of GET /passport/applications: the sort key (submittedAt, applicationId) of
 * the last item of a page. Keyset rather than skip/limit, so paging stays correct while new
 * applications arrive (they sort first and never shift the pages already read).
 */
export interface ApplicationListPosition {
  submittedAt: string;
  applicationId: string;
}

export function encodeApplicationCursor(position: ApplicationListPosition): string {
  return Buffer.from(JSON.stringify([position.submittedAt, position.applicationId]), 'utf8').toString('base64url');
}

/** Undefined for anything this endpoint did not issue (the caller answers 400). */
export function decodeApplicationCursor(cursor: string): ApplicationListPosition | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      return { submittedAt: parsed[0], applicationId: parsed[1] };
    }
  } catch {
    // fall through: malformed base64 or JSON
  }
  return undefined;
}
