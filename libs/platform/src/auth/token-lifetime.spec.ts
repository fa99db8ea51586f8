import { checkTokenLifetime } from './token-lifetime';

const now = 1_800_000_000;
const policy = { maxLifetimeSeconds: 3600, clockToleranceSeconds: 30 };

describe('checkTokenLifetime', () => {
  it.each([
    ['exp an hour ahead, issued now', { iat: now, exp: now + 3600 }],
    ['no iat', { exp: now + 60 }],
    ['expired within the clock tolerance', { iat: now - 600, exp: now - 10 }],
    ['iat slightly ahead (clock skew)', { iat: now + 20, exp: now + 600 }],
  ])('accepts %s', (_label, claims) => {
    expect(checkTokenLifetime(claims, policy, now)).toEqual({ ok: true });
  });

  it.each([
    ['no exp', { iat: now }, /exp is required/],
    ['a string exp', { exp: `${now + 60}` }, /NumericDate/],
    ['a non-numeric iat', { iat: 'yesterday', exp: now + 60 }, /NumericDate/],
    ['exp past the tolerance', { iat: now - 600, exp: now - 31 }, /expired/],
    ['exp further ahead than the maximum lifetime', { exp: now + 3600 + 31 }, /in the future/],
    ['exp − iat beyond the maximum lifetime', { iat: now - 3600, exp: now + 1 }, /longer than 3600s/],
    ['iat in the future', { iat: now + 120, exp: now + 600 }, /iat lies in the future/],
  ])('refuses %s', (_label, claims, reason) => {
    const result = checkTokenLifetime(claims, policy, now);
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.reason).toMatch(reason);
  });
});
