/**
 * Converts environment strings to the type of the property's default value (number, boolean,
 * string list). This makes `override PORT = 3001` work without a type annotation: implicit
 * conversion alone relies on emitted design types, which an inferred type does not emit. A value
 * that does not convert is left as the string, so the validators report it by name.
 */
export function coerceEnv(raw: Record<string, string>, defaults: object): Record<string, unknown> {
  const defaultsByKey = defaults as Record<string, unknown>;
  return Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, coerce(value, defaultsByKey[key])]));
}

function coerce(value: string, fallback: unknown): unknown {
  const trimmed = value.trim();
  if (typeof fallback === 'number') return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : value;
  if (typeof fallback === 'boolean') {
    if (['true', '1', 'yes'].includes(trimmed.toLowerCase())) return true;
    if (['false', '0', 'no'].includes(trimmed.toLowerCase())) return false;
    return value;
  }
  if (Array.isArray(fallback)) {
    return trimmed
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0);
  }
  return value;
}
