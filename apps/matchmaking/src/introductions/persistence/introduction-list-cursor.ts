/**
 * Opaque keyset cursor of GET /introductions: the sort key (requestedAt, introductionId) of the last
 * item of a page. Keyset rather than skip/limit, so paging stays correct while new requests arrive
 * (they sort first and never shift the pages already read).
 */
export interface IntroductionListPosition {
  requestedAt: string;
  introductionId: string;
}

export function encodeIntroductionCursor(position: IntroductionListPosition): string {
  return Buffer.from(JSON.stringify([position.requestedAt, position.introductionId]), 'utf8').toString('base64url');
}

/** Undefined for anything this endpoint did not issue (the caller answers 400). */
export function decodeIntroductionCursor(cursor: string): IntroductionListPosition | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      return { requestedAt: parsed[0], introductionId: parsed[1] };
    }
  } catch {
    // fall through: malformed base64 or JSON
  }
  return undefined;
}
