import { DemoUsersUnavailable, parseDemoUsers, passwordMatches } from './demo-users';

const member = { username: 'member.cph-heat', password: 'demo', name: 'Member', email: 'm@demo.example', role: 'member', clusterId: 'clean', organisationId: 'o-1' };
const admin = { username: 'admin', password: 'demo', name: 'Admin', email: 'a@demo.example', role: 'network-admin' };

describe('parseDemoUsers', () => {
  it('accepts users whose role and scope the services accept', () => {
    expect(parseDemoUsers([member, admin])).toEqual([member, admin]);
  });

  it.each([
    ['not a list', { users: [] }, /JSON array/],
    ['a user that is not an object', ['admin'], /user 0: must be an object/],
    ['a missing password', [{ ...admin, password: undefined }], /user 0: password must be a non-empty string/],
    ['an odd username', [{ ...admin, username: 'the admin' }], /username may hold/],
    ['a duplicate username', [admin, { ...admin }], /user 1: duplicate username admin/],
    ['a member without an organisation', [{ ...member, organisationId: undefined }], /member.cph-heat.*organisationId/],
    ['an integrator', [{ ...admin, role: 'integrator' }], /API key/],
    ['an unknown role', [{ ...admin, role: 'root' }], /role is missing or unknown/],
  ])('refuses %s, saying which user and why', (_label, document, reason) => {
    expect(() => parseDemoUsers(document)).toThrow(DemoUsersUnavailable);
    expect(() => parseDemoUsers(document)).toThrow(reason);
  });
});

describe('passwordMatches', () => {
  const [user] = parseDemoUsers([admin]);

  it('matches the password exactly', () => {
    expect(user && passwordMatches(user, 'demo')).toBe(true);
    expect(user && passwordMatches(user, 'Demo')).toBe(false);
    expect(user && passwordMatches(user, '')).toBe(false);
    expect(user && passwordMatches(user, 'demo ')).toBe(false);
  });
});
