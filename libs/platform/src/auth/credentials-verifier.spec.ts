import { JwtService } from '@nestjs/jwt';
import { hashApiKey } from './api-key';
import { CredentialsVerifier } from './credentials-verifier';
import { mintToken } from './mint-token';

const secret = 'unit-test-secret-0123456789-0123456789';
const verifier = new CredentialsVerifier({
  jwtSecret: secret,
  jwtIssuer: 'icn-test',
  integratorApiKeys: `crm:${hashApiKey('crm-key')}`,
});

const inSeconds = (offset: number): number => Math.floor(Date.now() / 1000) + offset;
const unsigned = (claims: object): string =>
  `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
const validSignature = (): string =>
  mintToken({ sub: 'a', role: 'network-admin' }, secret, { issuer: 'icn-test', expiresIn: 60 }).split('.')[2] ?? '';

describe('CredentialsVerifier', () => {
  it('refuses a short secret at construction', () => {
    expect(() => new CredentialsVerifier({ jwtSecret: 'short', jwtIssuer: 'x' })).toThrow(/at least 32/);
  });

  it('accepts a token minted by mintToken', async () => {
    const token = mintToken({ sub: 'alice', role: 'cluster-manager', clusterId: 'clean' }, secret, {
      issuer: 'icn-test',
      expiresIn: '5m',
    });
    await expect(verifier.verifyBearer(token)).resolves.toEqual({
      ok: true,
      principal: { kind: 'user', subject: 'alice', role: 'cluster-manager', clusterId: 'clean' },
    });
  });

  it.each([
    ['wrong secret', () => new JwtService().sign({ sub: 'a', role: 'network-admin' }, { secret: 'x'.repeat(40), issuer: 'icn-test', expiresIn: 60 })],
    ['wrong issuer', () => new JwtService().sign({ sub: 'a', role: 'network-admin' }, { secret, issuer: 'elsewhere', expiresIn: 60 })],
    ['expired', () => new JwtService().sign({ sub: 'a', role: 'network-admin', exp: 1000 }, { secret, issuer: 'icn-test' })],
    ['HS512', () => new JwtService().sign({ sub: 'a', role: 'network-admin' }, { secret, issuer: 'icn-test', algorithm: 'HS512', expiresIn: 60 })],
    ['invalid claims', () => new JwtService().sign({ sub: 'a', role: 'member' }, { secret, issuer: 'icn-test', expiresIn: 60 })],
    ['alg none', () => unsigned({ sub: 'a', role: 'network-admin', iss: 'icn-test', exp: inSeconds(60) })],
    ['alg none with the signature kept', () => `${unsigned({ sub: 'a', role: 'network-admin', iss: 'icn-test', exp: inSeconds(60) })}${validSignature()}`],
    ['no exp', () => new JwtService().sign({ sub: 'a', role: 'network-admin' }, { secret, issuer: 'icn-test' })],
    ['an exp two days ahead', () => new JwtService().sign({ sub: 'a', role: 'network-admin' }, { secret, issuer: 'icn-test', expiresIn: '2d' })],
    ['exp − iat over 24 h', () => new JwtService().sign({ sub: 'a', role: 'network-admin', iat: inSeconds(-90_000), exp: inSeconds(60) }, { secret, issuer: 'icn-test' })],
    ['iat in the future', () => new JwtService().sign({ sub: 'a', role: 'network-admin', iat: inSeconds(600), exp: inSeconds(900) }, { secret, issuer: 'icn-test' })],
    ['HS384', () => new JwtService().sign({ sub: 'a', role: 'network-admin' }, { secret, issuer: 'icn-test', algorithm: 'HS384', expiresIn: 60 })],
    ['garbage', () => 'not-a-jwt'],
  ])('rejects a token with %s', async (_label, makeToken) => {
    await expect(verifier.verifyBearer(makeToken())).resolves.toMatchObject({ ok: false });
  });

  it('tolerates the configured clock skew on exp, and no more', async () => {
    const sign = (exp: number) => new JwtService().sign({ sub: 'a', role: 'network-admin', exp }, { secret, issuer: 'icn-test' });
    await expect(verifier.verifyBearer(sign(inSeconds(-10)))).resolves.toMatchObject({ ok: true });
    await expect(verifier.verifyBearer(sign(inSeconds(-60)))).resolves.toMatchObject({ ok: false });
    const strict = new CredentialsVerifier({ jwtSecret: secret, jwtIssuer: 'icn-test', jwtClockToleranceSeconds: 0 });
    await expect(strict.verifyBearer(sign(inSeconds(-10)))).resolves.toMatchObject({ ok: false });
  });

  it('bounds the lifetime by jwtMaxLifetimeSeconds', async () => {
    const short = new CredentialsVerifier({ jwtSecret: secret, jwtIssuer: 'icn-test', jwtMaxLifetimeSeconds: 600 });
    const token = (ttl: number) => mintToken({ sub: 'a', role: 'network-admin' }, secret, { issuer: 'icn-test', expiresIn: ttl });
    await expect(short.verifyBearer(token(600))).resolves.toMatchObject({ ok: true });
    await expect(short.verifyBearer(token(3600))).resolves.toMatchObject({ ok: false, reason: expect.stringMatching(/future|longer/) });
  });

  describe('with an audience configured', () => {
    const withAudience = new CredentialsVerifier({ jwtSecret: secret, jwtIssuer: 'icn-test', jwtAudience: 'icn-api' });
    const token = (audience?: string) =>
      mintToken({ sub: 'a', role: 'network-admin' }, secret, { issuer: 'icn-test', expiresIn: 60, ...(audience !== undefined && { audience }) });

    it('accepts a token for that audience', async () => {
      await expect(withAudience.verifyBearer(token('icn-api'))).resolves.toMatchObject({ ok: true });
    });

    it.each([['another audience', 'crm'], ['no audience', undefined]])('rejects %s', async (_label, audience) => {
      await expect(withAudience.verifyBearer(token(audience))).resolves.toMatchObject({ ok: false });
    });

    it('is not checked when none is configured', async () => {
      await expect(verifier.verifyBearer(token('crm'))).resolves.toMatchObject({ ok: true });
    });
  });

  it('refuses to be built with neither an OpenID Connect provider nor a secret', () => {
    expect(() => new CredentialsVerifier({ jwtIssuer: 'icn-test' })).toThrow(/OpenID Connect provider/);
  });

  describe('with only an OpenID Connect provider', () => {
    // Nothing listens there: every case below must be refused before the provider is asked.
    const oidcOnly = new CredentialsVerifier({ oidc: { issuer: 'http://127.0.0.1:9/unreachable', audience: 'icn-api' } });
    const rs256Header = Buffer.from('{"alg":"RS256","typ":"at+jwt"}').toString('base64url');
    const claimsPart = (claims: object) => Buffer.from(JSON.stringify(claims)).toString('base64url');

    it.each([
      ['an HS256 token, even one valid for the shared secret', () => mintToken({ sub: 'a', role: 'network-admin' }, secret, { issuer: 'icn-test', expiresIn: 60 })],
      ['alg none', () => unsigned({ sub: 'a', role: 'network-admin', iss: 'http://127.0.0.1:9/unreachable', exp: inSeconds(60) })],
      ['another issuer', () => `${rs256Header}.${claimsPart({ sub: 'a', role: 'network-admin', iss: 'https://elsewhere', exp: inSeconds(60) })}.c2ln`],
      ['garbage', () => 'not-a-jwt'],
    ])('refuses %s as invalid, without asking the provider', async (_label, makeToken) => {
      const result = await oidcOnly.verifyBearer(makeToken());
      expect(result).toMatchObject({ ok: false });
      expect(result).not.toHaveProperty('unavailable');
    });

  });

  it('refuses an asymmetric token when only the shared secret is configured', async () => {
    const rs256 = `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from('{"sub":"a"}').toString('base64url')}.c2ln`;
    await expect(verifier.verifyBearer(rs256)).resolves.toEqual({ ok: false, reason: 'algorithm RS256 is not accepted' });
  });

  it('maps an API key to an integrator principal', () => {
    expect(verifier.verifyApiKey('crm-key')).toEqual({
      ok: true,
      principal: { kind: 'integrator', role: 'integrator', subject: 'crm' },
    });
    expect(verifier.verifyApiKey('other')).toMatchObject({ ok: false });
  });
});

describe('mintToken', () => {
  it('refuses claims the guard would reject', () => {
    expect(() => mintToken({ sub: 'a', role: 'member', clusterId: 'clean' }, secret, { issuer: 'i', expiresIn: 60 })).toThrow(
      /organisationId/,
    );
  });

  it('refuses a short secret', () => {
    expect(() => mintToken({ sub: 'a', role: 'network-admin' }, 'short', { issuer: 'i', expiresIn: 60 })).toThrow(/at least/);
  });
});
