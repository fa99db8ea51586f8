import { principalFromClaims } from './token-claims';

describe('principalFromClaims', () => {
  it.each([
    [{ sub: 'sec', role: 'network-admin' }, { kind: 'user', subject: 'sec', role: 'network-admin' }],
    [
      { sub: 'alice', role: 'cluster-manager', clusterId: 'clean' },
      { kind: 'user', subject: 'alice', role: 'cluster-manager', clusterId: 'clean' },
    ],
    [
      { sub: 'bob', role: 'member', clusterId: 'clean', organisationId: 'org-1', iat: 1, iss: 'icn-platform' },
      { kind: 'user', subject: 'bob', role: 'member', clusterId: 'clean', organisationId: 'org-1' },
    ],
  ])('accepts %j', (claims, principal) => {
    expect(principalFromClaims(claims)).toEqual({ ok: true, principal });
  });

  it.each([
    ['not an object', 'token'],
    ['null', null],
    ['missing sub', { role: 'network-admin' }],
    ['empty sub', { sub: '', role: 'network-admin' }],
    ['unknown role', { sub: 'x', role: 'root' }],
    ['integrator token', { sub: 'crm', role: 'integrator' }],
    ['scoped network-admin', { sub: 'x', role: 'network-admin', clusterId: 'clean' }],
    ['cluster-manager without cluster', { sub: 'x', role: 'cluster-manager' }],
    ['cluster-manager with organisation', { sub: 'x', role: 'cluster-manager', clusterId: 'c', organisationId: 'o' }],
    ['member without organisation', { sub: 'x', role: 'member', clusterId: 'clean' }],
    ['member without cluster', { sub: 'x', role: 'member', organisationId: 'o' }],
    ['non-string cluster', { sub: 'x', role: 'cluster-manager', clusterId: 42 }],
    ['empty cluster', { sub: 'x', role: 'cluster-manager', clusterId: '' }],
  ])('rejects %s', (_label, claims) => {
    expect(principalFromClaims(claims)).toEqual({ ok: false, reason: expect.any(String) });
  });
});
