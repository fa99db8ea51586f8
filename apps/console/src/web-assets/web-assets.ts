import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.webmanifest', '.txt']);

/**
 * The page may load only its own scripts, styles and data; style attributes are allowed because the
 * charts size their bars with them. No framing (clickjacking), no plugins. Forms post only here —
 * and to the OpenID provider, because browsers check form-action on redirects too and signing out
 * posts here and is redirected there.
 */
export function contentSecurityPolicy(providerOrigin: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    `form-action 'self' ${providerOrigin}`,
  ].join('; ');
}

function securityHeaders(providerOrigin: string): Readonly<Record<string, string>> {
  return {
    'content-security-policy': contentSecurityPolicy(providerOrigin),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'cross-origin-opener-policy': 'same-origin',
  };
}

interface Asset {
  body: Buffer;
  gzipped: Buffer | undefined;
  contentType: string;
  immutable: boolean;
}

/**
 * The built web application. Hashed files under `assets/` are cached for a year; every other path
 * that is not a file is a page of the single-page application, answered with index.html. Files are
 * read and compressed once.
 */
export class WebAssets {
  private readonly cache = new Map<string, Promise<Asset | undefined>>();
  private readonly headers: Readonly<Record<string, string>>;

  constructor(
    private readonly root: string,
    providerOrigin: string,
  ) {
    this.headers = securityHeaders(providerOrigin);
  }

  async handle(request: IncomingMessage, response: ServerResponse, url: URL): Promise<boolean> {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const asset = (await this.load(url.pathname)) ?? (extname(url.pathname) === '' ? await this.load('/index.html') : undefined);
    if (asset === undefined) return false;
    const gzip = asset.gzipped !== undefined && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip && asset.gzipped !== undefined ? asset.gzipped : asset.body;
    response.writeHead(200, {
      ...this.headers,
      'content-type': asset.contentType,
      'content-length': body.length,
      'cache-control': asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
      ...(gzip && { 'content-encoding': 'gzip' }),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
    return true;
  }

  private load(pathname: string): Promise<Asset | undefined> {
    let cached = this.cache.get(pathname);
    if (cached === undefined) {
      cached = this.read(pathname);
      this.cache.set(pathname, cached);
      // Only files are kept: caching every path a client invents would grow without bound.
      void cached.then((asset) => asset ?? this.cache.delete(pathname));
    }
    return cached;
  }

  private async read(pathname: string): Promise<Asset | undefined> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return undefined; // malformed percent-encoding names no file
    }
    const relative = normalize(decoded).replace(/^([/\\])+/, '');
    if (relative.startsWith('..') || relative.includes(`${sep}..`)) return undefined;
    const extension = extname(relative);
    const contentType = CONTENT_TYPES[extension];
    if (contentType === undefined) return undefined;
    try {
      const body = await readFile(join(this.root, relative));
      return {
        body,
        gzipped: COMPRESSIBLE.has(extension) ? gzipSync(body, { level: 9 }) : undefined,
        contentType,
        immutable: relative.startsWith(`assets${sep}`),
      };
    } catch {
      return undefined;
    }
  }
}
