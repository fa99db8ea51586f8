import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { CookieSealer } from './auth/sealed-cookie';
import type { Session } from './auth/session';
import { ConsoleConfig } from './console.config';
import { createConsoleServer } from './console-server';

const SECRET = 'console-test-session-secret-0123456789abcdef';

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A service stand-in: records what reached it and answers with an event stream on /stream. */
function upstream(): { server: Server; seen: { url: string; headers: IncomingHttpHeaders; body: string }[] } {
  const seen: { url: string; headers: IncomingHttpHeaders; body: string }[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      seen.push({ url: request.url ?? '', headers: request.headers, body });
      if (request.url === '/stream') {
        response.writeHead(200, { 'content-type': 'text/event-stream', 'set-cookie': 'upstream=1' });
        response.write('id: 1\ndata: first\n\n');
        // The second event comes later: the proxy must pass the first on before the stream ends.
        setTimeout(() => response.end('id: 2\ndata: second\n\n'), 300);
        return;
      }
      response.writeHead(201, { 'content-type': 'application/json', 'x-correlation-id': 'c1' });
      response.end(JSON.stringify({ ok: true }));
    });
  });
  return { server, seen };
}

describe('the console server', () => {
  let service: ReturnType<typeof upstream>;
  let consoleServer: Server;
  let base: string;
  let sessionCookie: string;
  const webDir = mkdtempSync(join(tmpdir(), 'console-web-'));

  beforeAll(async () => {
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>ICN</title>');
    writeFileSync(join(webDir, 'assets', 'index-abc.js'), 'console.log("x");'.repeat(50));
    writeFileSync(join(tmpdir(), 'outside.txt'), 'secret');
    service = upstream();
    const serviceUrl = await listen(service.server);
    const config = Object.assign(new ConsoleConfig(), {
      OIDC_CLIENT_SECRET: 'test-client-secret-0123',
      CONSOLE_SESSION_SECRET: SECRET,
      OIDC_ISSUER: 'http://127.0.0.1:1', // never reached: the session's token is fresh
      OPPORTUNITIES_URL: serviceUrl,
      CONSOLE_WEB_DIR: webDir,
    });
    consoleServer = createConsoleServer(config, pino({ level: 'silent' }));
    base = await listen(consoleServer);
    const now = Math.floor(Date.now() / 1000);
    const session: Session = {
      user: { subject: 'u1', name: 'Ada', role: 'cluster-manager', clusterId: 'clean' },
      accessToken: 'access-token-of-ada',
      accessTokenExpiresAt: now + 600,
      signedInAt: now,
    };
    sessionCookie = `icn_session=${new CookieSealer(SECRET, 'session').seal(session)}`;
  });

  afterAll(async () => {
    consoleServer.closeAllConnections();
    service.server.closeAllConnections();
    await new Promise((resolve) => consoleServer.close(resolve));
    await new Promise((resolve) => service.server.close(resolve));
  });

  it('forwards an API call with the access token as bearer, and without the browser’s cookies', async () => {
    const response = await fetch(`${base}/api/opportunities/opportunities?type=tender`, {
      method: 'POST',
      headers: { cookie: sessionCookie, origin: new URL(base).origin.replace(/:\d+$/, ':3000'), 'content-type': 'application/json', 'idempotency-key': 'k1' },
      body: JSON.stringify({ title: 'T' }),
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-correlation-id')).toBe('c1');
    const request = service.seen.at(-1);
    expect(request?.url).toBe('/opportunities?type=tender');
    expect(request?.headers.authorization).toBe('Bearer access-token-of-ada');
    expect(request?.headers.cookie).toBeUndefined();
    expect(request?.headers['idempotency-key']).toBe('k1');
    expect(request?.body).toBe('{"title":"T"}');
  });

  it('passes an event stream through as it is written, without the service’s cookies', async () => {
    const started = Date.now();
    const response = await fetch(`${base}/api/opportunities/stream`, { headers: { cookie: sessionCookie } });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    expect(response.headers.get('set-cookie')).toBeNull();
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toContain('data: first');
    expect(Date.now() - started).toBeLessThan(250); // not held back until the stream ends
    await reader.cancel();
  });

  it('answers 401 without a session and 401 with a forged one', async () => {
    expect((await fetch(`${base}/api/opportunities/opportunities`)).status).toBe(401);
    const forged = `icn_session=${new CookieSealer('another-secret-of-sufficient-length-000', 'session').seal({})}`;
    expect((await fetch(`${base}/api/opportunities/opportunities`, { headers: { cookie: forged } })).status).toBe(401);
  });

  it('refuses a state change from another site (CSRF) before it reaches a service', async () => {
    const before = service.seen.length;
    const response = await fetch(`${base}/api/opportunities/opportunities`, {
      method: 'POST',
      headers: { cookie: sessionCookie, origin: 'https://evil.example', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(403);
    expect(service.seen.length).toBe(before);
  });

  it('lets a calendar app read a subscription’s feed by its address alone, with nobody’s token', async () => {
    const response = await fetch(`${base}/api/opportunities/subscriptions/s1/calendar.ics?token=t1`);
    expect(response.status).toBe(201);
    const request = service.seen.at(-1);
    expect(request?.url).toBe('/subscriptions/s1/calendar.ics?token=t1');
    expect(request?.headers.authorization).toBeUndefined();
    expect((await fetch(`${base}/api/opportunities/subscriptions/s1`)).status).toBe(401);
  });

  it('names the APIs it serves when asked for another', async () => {
    const response = await fetch(`${base}/api/payroll/x`, { headers: { cookie: sessionCookie } });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { message: string }).message).toContain('membership, matchmaking, opportunities, consortia, network');
  });

  it('serves the web app: compressed immutable assets, index.html for every page, nothing outside its folder', async () => {
    const asset = await fetch(`${base}/assets/index-abc.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    const page = await fetch(`${base}/opportunities/42`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>ICN</title>');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    // Signing out posts here and is redirected to the provider: form-action must allow both.
    expect(page.headers.get('content-security-policy')).toContain("form-action 'self' http://127.0.0.1:1");
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${base}/..%2f..%2foutside.txt`)).status).toBe(404);
    expect((await fetch(`${base}/%E0%A4%A`)).status).toBe(200); // malformed escape: a page path, not a crash
  });
});
