import { createHash, randomBytes } from 'node:crypto';

/**
 * What a browser does during a sign-in, with fetch: follows no redirect by itself (each step is
 * looked at), keeps the cookies the provider sets (by name: the provider's paths do not overlap in
 * a way that matters here) and sends them back. For tests of the sign-in over real HTTP.
 */
export class BrowserSession {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly origin: string) {}

  async get(url: string): Promise<Response> {
    return this.send(url, { method: 'GET' });
  }

  async postForm(url: string, fields: Record<string, string>): Promise<Response> {
    return this.send(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
  }

  /** Where a redirect points, resolved against the provider's origin. */
  static locationOf(response: Response, base: string): URL {
    const location = response.headers.get('location');
    if (location === null) throw new Error(`expected a redirect, got HTTP ${response.status}`);
    return new URL(location, base);
  }

  private async send(url: string, init: RequestInit): Promise<Response> {
    const target = new URL(url, this.origin);
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const headers = new Headers(init.headers);
    if (cookie !== '' && target.origin === this.origin) headers.set('cookie', cookie);
    const response = await fetch(target, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) this.remember(line);
    return response;
  }

  private remember(setCookie: string): void {
    const [pair = '', ...attributes] = setCookie.split(';');
    const separator = pair.indexOf('=');
    const name = pair.slice(0, separator).trim();
    const value = pair.slice(separator + 1).trim();
    const expired = attributes.some((attribute) => {
      const [key = '', raw = ''] = attribute.split('=').map((part) => part.trim());
      return (key.toLowerCase() === 'expires' && Date.parse(raw) < Date.now()) || (key.toLowerCase() === 'max-age' && Number(raw) <= 0);
    });
    if (expired || value === '') this.cookies.delete(name);
    else this.cookies.set(name, value);
  }
}

/** A PKCE pair (RFC 7636, S256). */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}
