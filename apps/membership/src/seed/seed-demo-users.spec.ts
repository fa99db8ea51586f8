import { principalFromClaims } from '@icn/platform';
import { seedDemoUsers } from './seed-demo-users';

describe('seedDemoUsers', () => {
  const ids = new Map([
    ['cph-heat', '4b8f0f0e-0000-4000-8000-000000000001'],
    ['liege-h2', '4b8f0f0e-0000-4000-8000-000000000002'],
  ]);

  it('gives every role a user: the secretariat, two cluster managers, members of two clusters', () => {
    const users = seedDemoUsers(ids);
    expect(users.map(({ username, role, clusterId, organisationId }) => ({ username, role, clusterId, organisationId }))).toEqual([
      { username: 'admin', role: 'network-admin', clusterId: undefined, organisationId: undefined },
      { username: 'manager.clean', role: 'cluster-manager', clusterId: 'clean', organisationId: undefined },
      { username: 'manager.tweed', role: 'cluster-manager', clusterId: 'tweed', organisationId: undefined },
      { username: 'member.cph-heat', role: 'member', clusterId: 'clean', organisationId: ids.get('cph-heat') },
      { username: 'member.liege-h2', role: 'member', clusterId: 'tweed', organisationId: ids.get('liege-h2') },
    ]);
    expect(new Set(users.map((user) => user.password))).toEqual(new Set(['demo']));
  });

  it('only writes users whose role and scope the services accept', () => {
    for (const user of seedDemoUsers(ids)) {
      expect(principalFromClaims({ sub: user.username, role: user.role, clusterId: user.clusterId, organisationId: user.organisationId })).toMatchObject({ ok: true });
    }
  });

  it('refuses to write a member whose organisation was not found', () => {
    expect(() => seedDemoUsers(new Map([['cph-heat', 'x']]))).toThrow(/liege-h2 was not found/);
  });
});
