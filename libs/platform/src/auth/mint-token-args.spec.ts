import { DEVELOPMENT_JWT_SECRET } from './development-secret';
import { parseMintTokenArgs } from './mint-token-args';

describe('parseMintTokenArgs', () => {
  it('falls back to the development secret and default issuer', () => {
    const request = parseMintTokenArgs(['--role', 'cluster-manager', '--cluster', 'clean'], {});
    expect(request).toEqual({
      claims: { sub: 'dev-cluster-manager', role: 'cluster-manager', clusterId: 'clean' },
      secret: DEVELOPMENT_JWT_SECRET,
      options: { issuer: 'icn-platform', expiresIn: '8h' },
      usedDevelopmentSecret: true,
    });
  });

  it('reads JWT_SECRET / JWT_ISSUER and every option', () => {
    const secret = 's'.repeat(40);
    const request = parseMintTokenArgs(
      ['--role', 'member', '--cluster', 'clean', '--organisation', 'o-1', '--subject', 'bob', '--ttl', '900'],
      { JWT_SECRET: secret, JWT_ISSUER: 'icn-test' },
    );
    expect(request.claims).toEqual({ sub: 'bob', role: 'member', clusterId: 'clean', organisationId: 'o-1' });
    expect(request.options).toEqual({ issuer: 'icn-test', expiresIn: 900 });
    expect(request.usedDevelopmentSecret).toBe(false);
  });

  it('passes JWT_AUDIENCE on as the audience', () => {
    const request = parseMintTokenArgs(['--role', 'network-admin'], { JWT_AUDIENCE: 'icn-api' });
    expect(request.options).toEqual({ issuer: 'icn-platform', expiresIn: '8h', audience: 'icn-api' });
  });

  it('refuses a --ttl the services would refuse (beyond JWT_MAX_LIFETIME_SECONDS, default 24 h)', () => {
    expect(() => parseMintTokenArgs(['--role', 'network-admin', '--ttl', '7d'], {})).toThrow(/JWT_MAX_LIFETIME_SECONDS/);
    expect(() => parseMintTokenArgs(['--role', 'network-admin', '--ttl', '2h'], { JWT_MAX_LIFETIME_SECONDS: '3600' })).toThrow(/3600s/);
    expect(parseMintTokenArgs(['--role', 'network-admin', '--ttl', '24h'], {}).options.expiresIn).toBe('24h');
  });

  it.each([
    [['--cluster', 'clean']],
    [['--role', 'integrator']],
    [['--role', 'member', '--ttl', '8 hours']],
    [['--role', 'member', '--unknown']],
  ])('rejects %j', (argv) => {
    expect(() => parseMintTokenArgs(argv, {})).toThrow();
  });
});
