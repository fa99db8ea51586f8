/**
 * Drops undefined keys so that snapshots, events and stored documents never carry `key: undefined`
 * (which JSON drops but equality checks and mongoose `$set` would not).
 */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
