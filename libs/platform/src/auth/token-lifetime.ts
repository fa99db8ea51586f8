/** The lifetime rules every bearer token must satisfy, next to the signature, issuer and audience. */
export interface TokenLifetimePolicy {
  /** The longest a token may be valid: both `exp − iat` and `exp − now` must stay within it. */
  maxLifetimeSeconds: number;
  /** Slack for clocks that disagree between the token issuer and this service. */
  clockToleranceSeconds: number;
}

export const DEFAULT_JWT_MAX_LIFETIME_SECONDS = 24 * 60 * 60;
export const DEFAULT_JWT_CLOCK_TOLERANCE_SECONDS = 30;

export type LifetimeResult = { ok: true } | { ok: false; reason: string };

/**
 * Checks the registered time claims of a token whose signature was already verified. A token
 * without `exp` would be valid forever (a leaked one could never be revoked by waiting), and one
 * valid for years is nearly as bad, so both are refused; `iat` is optional, but when present it
 * must not lie in the future nor sit further than the maximum lifetime before `exp`. Pure: the
 * clock is a parameter.
 */
export function checkTokenLifetime(claims: Record<string, unknown>, policy: TokenLifetimePolicy, nowSeconds: number): LifetimeResult {
  const { exp, iat } = claims;
  if (exp === undefined) return { ok: false, reason: 'exp is required' };
  if (!isNumericDate(exp)) return { ok: false, reason: 'exp is not a NumericDate' };
  if (iat !== undefined && !isNumericDate(iat)) return { ok: false, reason: 'iat is not a NumericDate' };
  const tolerance = policy.clockToleranceSeconds;
  if (exp + tolerance <= nowSeconds) return { ok: false, reason: 'the token has expired' };
  if (exp - nowSeconds > policy.maxLifetimeSeconds + tolerance) {
    return { ok: false, reason: `exp lies more than ${policy.maxLifetimeSeconds}s in the future` };
  }
  if (iat !== undefined) {
    if (iat > nowSeconds + tolerance) return { ok: false, reason: 'iat lies in the future' };
    if (exp - iat > policy.maxLifetimeSeconds) {
      return { ok: false, reason: `the token lives longer than ${policy.maxLifetimeSeconds}s (exp − iat)` };
    }
  }
  return { ok: true };
}

function isNumericDate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
