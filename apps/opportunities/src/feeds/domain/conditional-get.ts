import { createHash } from 'node:crypto';

/** A strong validator of exactly these bytes: any change of the page (an entry added, edited or gone) changes it. */
export function entityTagOf(body: string): string {
  return `"${createHash('sha256').update(body, 'utf8').digest('base64url').slice(0, 32)}"`;
}

/** An instant as an HTTP-date (RFC 9110 5.6.7), which has whole seconds only. */
export function httpDateOf(instant: string): string {
  return new Date(instant).toUTCString();
}

/**
 * Conditional GET (RFC 9110 13.1.2 and 13.2.2): `If-None-Match` decides when it is present (weak
 * comparison, `*` matches); `If-Modified-Since` only without it. Last-Modified is the newest
 * entry's `updated`, which cannot see an entry that left the page, so the entity tag is the
 * validator that is always right; readers send it.
 */
export function isNotModified(
  request: { ifNoneMatch?: string | undefined; ifModifiedSince?: string | undefined },
  current: { entityTag: string; lastModified: string },
): boolean {
  if (request.ifNoneMatch !== undefined) {
    const candidates = request.ifNoneMatch.split(',').map((tag) => tag.trim()).filter((tag) => tag !== '');
    const opaque = (tag: string) => tag.replace(/^W\//, '');
    return candidates.some((tag) => tag === '*' || opaque(tag) === opaque(current.entityTag));
  }
  if (request.ifModifiedSince === undefined) return false;
  const since = Date.parse(request.ifModifiedSince);
  if (Number.isNaN(since)) return false;
  // Whole seconds on both sides: the header cannot carry the milliseconds of `updated`.
  return Math.floor(Date.parse(current.lastModified) / 1000) <= Math.floor(since / 1000);
}
