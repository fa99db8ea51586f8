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

  it.each([
    [['--cluster', 'clean']],
    [['--role', 'integrator']],
    [['--role', 'member', '--ttl', '8 hours']],
    [['--role', 'member', '--unknown']],
  ])('rejects %j', (argv) => {
    expect(() => parseMintTokenArgs(argv, {})).toThrow();
  });
});
