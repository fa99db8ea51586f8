/**
 * OpenID Connect verification over real HTTP: a stand-in identity provider (discovery document and
 * JWKS on a port of its own, keys made with jose) and a Nest app with the platform's AuthModule in
 * OIDC mode and its exception filter, asked with fetch like any client would.
 */
import { Controller, Get, INestApplication, Module } from '@nestjs/common';
import { APP_FILTER, NestFactory } from '@nestjs/core';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { PlatformExceptionFilter } from '../errors/platform-exception.filter';
import { LOGGER } from '../platform.tokens';
import { AuthModule } from './auth.module';
import { mintToken } from './mint-token';
import { CurrentPrincipal } from './current-principal.decorator';
import type { Principal } from './principal';
import type { OidcOptions } from './auth-options';

const AUDIENCE = 'icn-api';

interface SigningKey {
  kid: string;
  alg: 'RS256' | 'ES256';
  privateKey: CryptoKey;
  publicJwk: JWK;
}

async function signingKey(kid: string, alg: SigningKey['alg']): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  return { kid, alg, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

/** An identity provider reduced to what a resource server reads: discovery and the JWKS. */
class StandInProvider {
  readonly published: SigningKey[] = [];
  jwksRequests = 0;
  private server: Server | undefined;

  constructor(readonly port: number) {}

  get issuer(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      response.setHeader('content-type', 'application/json');
      if (request.url === '/.well-known/openid-configuration') {
        response.end(JSON.stringify({ issuer: this.issuer, jwks_uri: `${this.issuer}/jwks` }));
      } else if (request.url === '/jwks') {
        this.jwksRequests++;
        response.end(JSON.stringify({ keys: this.published.map((key) => key.publicJwk) }));
      } else {
        response.statusCode = 404;
        response.end('{}');
      }
    });
    await new Promise<void>((resolve) => this.server?.listen(this.port, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server === undefined) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  token(key: SigningKey, claims: Record<string, unknown>, overrides: { issuer?: string; audience?: string; expiresIn?: string | number } = {}): Promise<string> {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'at+jwt' })
      .setIssuer(overrides.issuer ?? this.issuer)
      .setAudience(overrides.audience ?? AUDIENCE)
      .setSubject('member.cph-heat')
      .setIssuedAt()
      .setExpirationTime(overrides.expiresIn ?? '15m')
      .sign(key.privateKey);
  }
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

@Controller('whoami')
class WhoAmIController {
  @Get()
  whoAmI(@CurrentPrincipal() principal: Principal): Principal {
    return principal;
  }
}

async function startApp(auth: Parameters<typeof AuthModule.forRoot>[0]): Promise<{ app: INestApplication; url: string }> {
  @Module({
    imports: [AuthModule.forRoot(auth)],
    controllers: [WhoAmIController],
    providers: [
      { provide: LOGGER, useValue: pino({ level: 'silent' }) },
      { provide: APP_FILTER, useClass: PlatformExceptionFilter },
    ],
  })
  class OidcAppModule {}
  const app = await NestFactory.create(OidcAppModule, { logger: false });
  await app.listen(0, '127.0.0.1');
  return { app, url: `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/whoami` };
}

const ask = (url: string, token: string) => fetch(url, { headers: { authorization: `Bearer ${token}` } });
const member = { role: 'member', clusterId: 'clean', organisationId: 'org-cph-heat' };

describe('OpenID Connect access tokens (stand-in provider over HTTP)', () => {
  let provider: StandInProvider;
  let app: INestApplication;
  let url: string;
  let rsaKey: SigningKey;

  beforeAll(async () => {
    provider = new StandInProvider(await freePort());
    rsaKey = await signingKey('key-1', 'RS256');
    provider.published.push(rsaKey);
    await provider.start();
    // No cool-down, so the rotation case needs no 30 s wait; the refetch itself is what is tested.
    const oidc: OidcOptions = { issuer: provider.issuer, audience: AUDIENCE, jwksRefetchCooldownMs: 0 };
    ({ app, url } = await startApp({ oidc, jwtClockToleranceSeconds: 5 }));
  });

  afterAll(async () => {
    await app?.close();
    await provider?.stop();
  });

  it('accepts a token of the issuer for the audience, mapping its claims to the principal', async () => {
    const response = await ask(url, await provider.token(rsaKey, member));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ kind: 'user', subject: 'member.cph-heat', ...member });
  });

  it('accepts an audience list that contains the configured audience', async () => {
    const token = await new SignJWT({ role: 'network-admin' })
      .setProtectedHeader({ alg: 'RS256', kid: rsaKey.kid })
      .setIssuer(provider.issuer)
      .setAudience(['other-api', AUDIENCE])
      .setSubject('admin')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(rsaKey.privateKey);
    expect((await ask(url, token)).status).toBe(200);
  });

  it.each([
    ['another issuer', () => provider.token(rsaKey, member, { issuer: 'http://127.0.0.1:1' })],
    ['another audience', () => provider.token(rsaKey, member, { audience: 'crm-api' })],
    ['an expired token', () => provider.token(rsaKey, member, { expiresIn: Math.floor(Date.now() / 1000) - 60 })],
    ['a lifetime beyond the policy', () => provider.token(rsaKey, member, { expiresIn: '2d' })],
    ['claims the platform refuses', () => provider.token(rsaKey, { role: 'member', clusterId: 'clean' })],
    ['HS256, with the issuer and audience right', async () => mintTokenFor(provider.issuer)],
    ['alg none', async () => unsignedFor(provider.issuer)],
  ])('401s %s', async (_label, makeToken) => {
    const response = await ask(url, await makeToken());
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('error="invalid_token"');
  });

  it('401s a token signed by a key the provider does not publish', async () => {
    const stranger = await signingKey('not-published', 'RS256');
    expect((await ask(url, await provider.token(stranger, member))).status).toBe(401);
  });

  it('401s a token naming a published kid but signed by another key', async () => {
    const impostor = { ...(await signingKey('key-1', 'RS256')), publicJwk: rsaKey.publicJwk };
    expect((await ask(url, await provider.token(impostor, member))).status).toBe(401);
  });

  it('honours a rotation: a token signed by a key published after the first fetch is accepted', async () => {
    const before = provider.jwksRequests;
    const rotated = await signingKey('key-2', 'ES256');
    provider.published.unshift(rotated);
    const response = await ask(url, await provider.token(rotated, member));
    expect(response.status).toBe(200);
    expect(provider.jwksRequests).toBe(before + 1);
    // The previous key stays published, and its tokens stay valid, without another fetch.
    expect((await ask(url, await provider.token(rsaKey, member))).status).toBe(200);
    expect(provider.jwksRequests).toBe(before + 1);
  });

  it('keeps verifying with the keys it holds while the provider is down, and 503s what needs a new key', async () => {
    await provider.stop();
    try {
      expect((await ask(url, await provider.token(rsaKey, member))).status).toBe(200);
      const unseen = await signingKey('key-3', 'RS256');
      const response = await ask(url, await provider.token(unseen, member));
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(await response.json()).toEqual({
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'The bearer token could not be verified: the identity provider is unreachable. Retry shortly.',
      });
    } finally {
      await provider.start();
    }
  });
});

describe('OpenID Connect with the provider down at start-up', () => {
  let provider: StandInProvider;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    provider = new StandInProvider(await freePort());
    provider.published.push(await signingKey('key-1', 'ES256'));
    ({ app, url } = await startApp({ oidc: { issuer: provider.issuer, audience: AUDIENCE } }));
  });

  afterAll(async () => {
    await app?.close();
    await provider?.stop();
  });

  it('starts without the provider, 503s its tokens until it answers, then accepts them', async () => {
    const key = provider.published[0] as SigningKey;
    const down = await ask(url, await provider.token(key, member));
    expect(down.status).toBe(503);
    expect(((await down.json()) as { message: string }).message).toMatch(/identity provider is unreachable/);
    // Garbage and other issuers' tokens are still 401: only a token that may be valid waits.
    expect((await ask(url, 'a.b.c')).status).toBe(401);
    expect((await ask(url, await provider.token(key, member, { issuer: 'https://elsewhere' }))).status).toBe(401);

    await provider.start();
    expect((await ask(url, await provider.token(key, member))).status).toBe(200);
  });
});

describe('OpenID Connect next to the development secret', () => {
  const secret = 'integration-secret-0123456789-0123456789';
  let provider: StandInProvider;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    provider = new StandInProvider(await freePort());
    provider.published.push(await signingKey('key-1', 'RS256'));
    await provider.start();
    ({ app, url } = await startApp({ oidc: { issuer: provider.issuer, audience: AUDIENCE }, jwtSecret: secret, jwtIssuer: 'icn-platform' }));
  });

  afterAll(async () => {
    await app?.close();
    await provider?.stop();
  });

  it('accepts both kinds of token, each checked by its own rules', async () => {
    const oidcToken = await provider.token(provider.published[0] as SigningKey, member);
    const hs256Token = mintToken({ sub: 'local-admin', role: 'network-admin' }, secret, { issuer: 'icn-platform', expiresIn: 60 });
    expect((await ask(url, oidcToken)).status).toBe(200);
    expect(await (await ask(url, hs256Token)).json()).toEqual({ kind: 'user', subject: 'local-admin', role: 'network-admin' });
    // An HS256 token claiming the provider as issuer is judged by the secret's rules, and refused.
    expect((await ask(url, mintTokenFor(provider.issuer))).status).toBe(401);
  });
});

/** An HS256 token with the provider's issuer and audience, signed with a secret the app does not hold. */
function mintTokenFor(issuer: string): string {
  return mintToken({ sub: 'a', role: 'network-admin' }, 'x'.repeat(40), { issuer, audience: AUDIENCE, expiresIn: 60 });
}

function unsignedFor(issuer: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ sub: 'a', role: 'network-admin', iss: issuer, aud: AUDIENCE, iat: now, exp: now + 60 })}.`;
}
