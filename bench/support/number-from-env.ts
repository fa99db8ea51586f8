/** A positive number from the environment, or `fallback` when unset; anything else is an error naming the variable. */
export function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got ${raw}`);
  return value;
}

/** A comma-separated list of positive numbers from the environment, or `fallback` when unset. */
export function numberListFromEnv(name: string, fallback: number[]): number[] {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const values = raw.split(',').map((item) => Number(item.trim()));
  if (values.some((value) => !Number.isFinite(value) || value <= 0)) throw new Error(`${name} must be a comma-separated list of positive numbers, got ${raw}`);
  return values;
}

/** A comma-separated list of names from the environment, each one of `allowed`, or `fallback` when unset. */
export function choiceListFromEnv<T extends string>(name: string, allowed: readonly T[], fallback: readonly T[]): T[] {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return [...fallback];
  const values = raw.split(',').map((item) => item.trim());
  const unknown = values.filter((value) => !(allowed as readonly string[]).includes(value));
  if (unknown.length > 0) throw new Error(`${name} must be a comma-separated list of ${allowed.join(', ')}; got ${raw}`);
  return values as T[];
}
