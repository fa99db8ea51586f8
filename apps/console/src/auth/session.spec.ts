import { asSession, safeReturnPath, userFromClaims } from './session';

describe('safeReturnPath', () => {
  it.each([
    ['/opportunities?type=tender', '/opportunities?type=tender'],
    ['/feed', '/feed'],
  ])('keeps a path of the console: %s', (candidate, expected) => expect(safeReturnPath(candidate)).toBe(expected));

  it.each(['//evil.example/x', 'https://evil.example', '/\\evil.example', 'feed', '', null, undefined])(
    'turns anything that could leave the console into / : %s',
    (candidate) => expect(safeReturnPath(candidate)).toBe('/'),
  );
});

describe('userFromClaims', () => {
  it('takes the person and their scope from the ID token', () => {
    expect(userFromClaims({ sub: 'u1', name: 'Ada', email: 'ada@example.org', role: 'member', clusterId: 'clean', organisationId: 'o1' })).toEqual({
      subject: 'u1',
      name: 'Ada',
      email: 'ada@example.org',
      role: 'member',
      clusterId: 'clean',
      organisationId: 'o1',
    });
  });

  it('refuses a token without a console role (integrators use API keys, unknown roles mean nothing)', () => {
    expect(userFromClaims({ sub: 'u1', role: 'integrator' })).toBeUndefined();
    expect(userFromClaims({ sub: 'u1', role: 'root' })).toBeUndefined();
    expect(userFromClaims({ role: 'member' })).toBeUndefined();
  });
});

describe('asSession', () => {
  const session = { user: { subject: 'u1', name: 'Ada', role: 'network-admin' }, accessToken: 'a', accessTokenExpiresAt: 10, signedInAt: 1 };

  it('accepts the shape the console writes', () => expect(asSession(session)).toEqual(session));

  it('refuses anything else', () => {
    expect(asSession({ ...session, accessToken: 1 })).toBeUndefined();
    expect(asSession({ ...session, user: { subject: 'u1', role: 'integrator' } })).toBeUndefined();
    expect(asSession('x')).toBeUndefined();
  });
});
