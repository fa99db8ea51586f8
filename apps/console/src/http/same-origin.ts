import type { IncomingMessage } from 'node:http';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The session is a cookie, so a state-changing request must prove it comes from the console's own
 * pages (CSRF): browsers send `Origin` on every such request, and `Sec-Fetch-Site` where they
 * support it. A request with neither (not a browser) is refused as well — it has no cookie to abuse
 * unless it stole one.
 */
export function isSameOriginWrite(request: IncomingMessage, publicOrigin: string): boolean {
  if (SAFE_METHODS.has(request.method ?? 'GET')) return true;
  const origin = request.headers.origin;
  if (origin !== undefined) return origin === publicOrigin;
  return request.headers['sec-fetch-site'] === 'same-origin';
}
