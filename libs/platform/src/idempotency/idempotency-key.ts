export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

export type KeyValidation = { ok: true; key: string | undefined } | { ok: false; reason: string };

/**
 * The header is optional; when sent it must be 1..200 visible ASCII characters (a UUID is typical).
 * Repeating it is refused rather than picking one, because the two copies may mean two operations.
 */
export function validateIdempotencyKey(raw: string | string[] | undefined): KeyValidation {
  if (raw === undefined) return { ok: true, key: undefined };
  if (Array.isArray(raw)) {
    if (raw.length !== 1) return { ok: false, reason: 'Idempotency-Key must be sent once' };
    return validateIdempotencyKey(raw[0]);
  }
  if (raw.length < 1 || raw.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    return { ok: false, reason: `Idempotency-Key must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters` };
  }
  if (!/^[\x21-\x7e]+$/.test(raw)) return { ok: false, reason: 'Idempotency-Key must be visible ASCII characters' };
  return { ok: true, key: raw };
}
