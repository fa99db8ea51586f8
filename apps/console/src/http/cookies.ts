import type { IncomingMessage } from 'node:http';

export interface CookieOptions {
  maxAgeSeconds: number;
  path: string;
  secure: boolean;
}

/** The request's cookies by name (the first of duplicates, as browsers send the most specific first). */
export function readCookies(request: IncomingMessage): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator <= 0) continue;
    const name = part.slice(0, separator).trim();
    if (!cookies.has(name)) cookies.set(name, part.slice(separator + 1).trim());
  }
  return cookies;
}

/**
 * HttpOnly (scripts never see the tokens), SameSite=Lax (sent on the provider's redirect back, not
 * on cross-site sub-requests), Secure whenever the console is served over https.
 */
export function setCookie(name: string, value: string, options: CookieOptions): string {
  const attributes = [`${name}=${value}`, `Path=${options.path}`, `Max-Age=${options.maxAgeSeconds}`, 'HttpOnly', 'SameSite=Lax'];
  if (options.secure) attributes.push('Secure');
  return attributes.join('; ');
}

export function clearCookie(name: string, path: string, secure: boolean): string {
  return setCookie(name, '', { maxAgeSeconds: 0, path, secure });
}
