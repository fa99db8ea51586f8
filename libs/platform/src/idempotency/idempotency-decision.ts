import { IdempotencyRecord } from './idempotency-record';

export type IdempotencyDecision =
  /** Nothing usable under this id: try to insert again. */
  | { kind: 'absent' }
  /** Past expiresAt but not yet cleaned up: delete it, then insert again. */
  | { kind: 'expired' }
  /** In progress for longer than any request should take (its process died): take the lock over. */
  | { kind: 'stale'; lockToken: string }
  | { kind: 'mismatch' }
  | { kind: 'in-progress' }
  | { kind: 'replay'; status: number; body: string | null };

/**
 * What to do when the insert of a new in-progress record hit an existing one. Pure, so every
 * branch is unit-tested; the store carries the decision out with conditional writes.
 */
export function decide(
  existing: IdempotencyRecord | null,
  requestHash: string,
  now: Date,
  inProgressTimeoutMs: number,
): IdempotencyDecision {
  if (existing === null) return { kind: 'absent' };
  if (existing.expiresAt.getTime() <= now.getTime()) return { kind: 'expired' };
  // Checked before the state: reusing a key for another request is the client's bug either way.
  if (existing.requestHash !== requestHash) return { kind: 'mismatch' };
  if (existing.state === 'in-progress') {
    const age = now.getTime() - existing.createdAt.getTime();
    return age > inProgressTimeoutMs ? { kind: 'stale', lockToken: existing.lockToken } : { kind: 'in-progress' };
  }
  // complete() always writes responseStatus together with state 'completed'.
  return { kind: 'replay', status: existing.responseStatus ?? 200, body: existing.responseBody ?? null };
}
