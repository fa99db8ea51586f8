/** MongoDB's (and FerretDB's) duplicate-key error: the `_id` is already taken. */
export function isDuplicateKeyError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}
