import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A Standard Webhooks secret: `whsec_` + base64 of 32 random bytes (the HMAC key). */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** Calendar apps cannot send headers, so the feed URL carries an unguessable token; we keep only its hash. */
export function newCalendarToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString('base64url');
  return { token, hash: hashCalendarToken(token) };
}

export function hashCalendarToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function calendarTokenMatches(token: string, expectedHash: string | undefined): boolean {
  if (expectedHash === undefined) return false;
  const actual = Buffer.from(hashCalendarToken(token), 'hex');
  const expected = Buffer.from(expectedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
