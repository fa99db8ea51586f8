import { claimAt, DEFAULT_OIDC_CLAIM_MAPPING, platformRoleOf, principalFromOidcClaims } from './oidc-claim-mapping';

describe('claimAt', () => {
  const claims = {
    role: 'member',
    realm_access: { roles: ['offline_access', 'cluster-manager'] },
    'https://icn.example.org/cluster': 'clean',
    list: ['a'],
  };

  it('reads a top-level claim, a dot path, and a namespaced name containing dots', () => {
    expect(claimAt(claims, 'role')).toBe('member');
    expect(claimAt(claims, 'realm_access.roles')).toEqual(['offline_access', 'cluster-manager']);
    expect(claimAt(claims, 'https://icn.example.org/cluster')).toBe('clean');
  });

  it.each([['missing.path'], ['role.length'], ['list.0'], ['realm_access.roles.x'], ['__proto__'], ['constructor']])('finds nothing at %s', (path) => {
    expect(claimAt(claims, path)).toBeUndefined();
  });
});

describe('platformRoleOf', () => {
  it('takes a string, or the one platform role of a list, ignoring the IdP’s other roles', () => {
    expect(platformRoleOf('network-admin', 'role')).toEqual({ ok: true, role: 'network-admin' });
    expect(platformRoleOf(['offline_access', 'member', 'default-roles-icn', 'member'], 'roles')).toEqual({ ok: true, role: 'member' });
  });

  it.each([
    ['nothing', undefined, /missing/],
    ['a number', 7, /neither a string nor an array/],
    ['a list with a non-string', ['member', 3], /neither a string nor an array/],
    ['an unknown role', 'root', /no platform role/],
    ['a list without platform roles', ['offline_access'], /no platform role/],
    ['two platform roles', ['member', 'cluster-manager'], /more than one platform role \(member, cluster-manager\)/],
  ])('refuses %s', (_label, value, reason) => {
    expect(platformRoleOf(value, 'roles')).toEqual({ ok: false, reason: expect.stringMatching(reason) });
  });
});

describe('principalFromOidcClaims', () => {
  const keycloak = { roleClaim: 'realm_access.roles', clusterClaim: 'icn.cluster', organisationClaim: 'icn.organisation' };

  it('maps the default claims', () => {
    expect(principalFromOidcClaims({ sub: 'u1', role: 'member', clusterId: 'clean', organisationId: 'o-1', iss: 'x' }, DEFAULT_OIDC_CLAIM_MAPPING)).toEqual({
      ok: true,
      principal: { kind: 'user', subject: 'u1', role: 'member', clusterId: 'clean', organisationId: 'o-1' },
    });
  });

  it('maps claims where a provider puts them', () => {
    const claims = { sub: 'u2', realm_access: { roles: ['offline_access', 'cluster-manager'] }, icn: { cluster: 'tweed' } };
    expect(principalFromOidcClaims(claims, keycloak)).toEqual({
      ok: true,
      principal: { kind: 'user', subject: 'u2', role: 'cluster-manager', clusterId: 'tweed' },
    });
  });

  it('reads only the mapped claims: a top-level role is ignored when the mapping points elsewhere', () => {
    expect(principalFromOidcClaims({ sub: 'u3', role: 'network-admin', realm_access: { roles: [] } }, keycloak)).toMatchObject({ ok: false });
  });

  it.each([
    ['a member without an organisation', { sub: 'u', role: 'member', clusterId: 'clean' }],
    ['a scoped network admin', { sub: 'u', role: 'network-admin', clusterId: 'clean' }],
    ['an integrator role', { sub: 'u', role: 'integrator' }],
    ['no subject', { role: 'network-admin' }],
    ['a non-string cluster', { sub: 'u', role: 'cluster-manager', clusterId: ['clean'] }],
  ])('applies the platform’s rules: refuses %s', (_label, claims) => {
    expect(principalFromOidcClaims(claims, DEFAULT_OIDC_CLAIM_MAPPING)).toEqual({ ok: false, reason: expect.any(String) });
  });
});
