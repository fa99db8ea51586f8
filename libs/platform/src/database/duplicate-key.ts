/** MongoDB's (and FerretDB's) error code for a write that would duplicate a unique key. */
export const DUPLICATE_KEY_ERROR_CODE = 11000;

/**
 * Whether a write failed because the unique key (usually `_id`) is already taken. Services use
 * unique `_id`s as their cross-replica guards (leases, reservations, "at most once" records), so
 * this is how they tell "someone else got there first" from a real failure.
 */
export function isDuplicateKeyError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === DUPLICATE_KEY_ERROR_CODE;
}
