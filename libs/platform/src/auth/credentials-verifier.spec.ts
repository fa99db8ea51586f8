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
    ['wrong secret', () => new JwtService().sign({ sub: 'a', role: 'network-admin' }, { secret: 'x'.repeat(40), issuer: 'icn-test' })],
    ['wrong issuer', () => new JwtService().sign({ sub: 'a', role: 'network-admin' }, { secret, issuer: 'elsewhere' })],
    ['expired', () => new JwtService().sign({ sub: 'a', role: 'network-admin', exp: 1000 }, { secret, issuer: 'icn-test' })],
    ['HS512', () => new JwtService().sign({ sub: 'a', role: 'network-admin' }, { secret, issuer: 'icn-test', algorithm: 'HS512' })],
    ['invalid claims', () => new JwtService().sign({ sub: 'a', role: 'member' }, { secret, issuer: 'icn-test' })],
    ['alg none', () => `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"sub":"a","role":"network-admin","iss":"icn-test"}').toString('base64url')}.`],
    ['garbage', () => 'not-a-jwt'],
  ])('rejects a token with %s', async (_label, makeToken) => {
    await expect(verifier.verifyBearer(makeToken())).resolves.toMatchObject({ ok: false });
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
