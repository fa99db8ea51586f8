/**
 * Drops the keys whose value is undefined, so snapshots, events and stored documents never carry
 * `key: undefined` (JSON drops it, but equality checks and mongoose `$set` would not). Shallow: one
 * level, which is where optional fields live. Framework-free, so domain code may use it.
 */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
