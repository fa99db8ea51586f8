import { CookieSealer } from './sealed-cookie';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';

describe('CookieSealer', () => {
  it('gives back what it sealed', () => {
    const sealer = new CookieSealer(SECRET, 'session');
    expect(sealer.unseal(sealer.seal({ a: 1, b: 'two' }))).toEqual({ a: 1, b: 'two' });
  });

  it('produces cookie-safe text that differs every time (random IV)', () => {
    const sealer = new CookieSealer(SECRET, 'session');
    const first = sealer.seal({ a: 1 });
    expect(first).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(sealer.seal({ a: 1 })).not.toBe(first);
  });

  it('refuses a tampered, truncated or foreign value', () => {
    const sealer = new CookieSealer(SECRET, 'session');
    const sealed = sealer.seal({ role: 'member' });
    const flipped = Buffer.from(sealed, 'base64url');
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 1;
    expect(sealer.unseal(flipped.toString('base64url'))).toBeUndefined();
    expect(sealer.unseal(sealed.slice(0, 20))).toBeUndefined();
    expect(sealer.unseal('not sealed at all')).toBeUndefined();
    expect(new CookieSealer(`${SECRET}x`, 'session').unseal(sealed)).toBeUndefined();
  });

  it('binds the purpose: a sealed sign-in state is not a session', () => {
    const login = new CookieSealer(SECRET, 'login').seal({ state: 's' });
    expect(new CookieSealer(SECRET, 'session').unseal(login)).toBeUndefined();
  });
});
