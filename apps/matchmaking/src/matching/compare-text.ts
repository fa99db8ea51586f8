/**
 * Code-unit order of two strings: the same on every machine and Node version, unlike localeCompare,
 * so ties and listings never depend on where the ranking runs.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
