/** MongoDB's (and FerretDB's) duplicate-key error, e.g. registering a cluster slug twice. */
export function isDuplicateKeyError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}
