/**
 * Builds a case-insensitive "contains" pattern from user input. The input is escaped so that a
 * name like `Wind (DK)` matches literally and a crafted pattern cannot cause catastrophic
 * backtracking. FerretDB 1.24 supports `$regex` with the `i` option (verified), so no extra
 * lower-cased copy of the name is needed.
 */
export function containsPattern(input: string): { $regex: string; $options: 'i' } {
  return { $regex: input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), $options: 'i' };
}
