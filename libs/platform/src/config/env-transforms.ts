import { Transform } from 'class-transformer';

/**
 * The transforms read the raw variable (`obj[key]`), not `value`: with implicit conversion on,
 * `value` has already been coerced by the design type (the string "false" became `true`).
 */
type RawParams = { obj: Record<string, unknown>; key: string };

/**
 * `a, b ,c` -> `['a','b','c']`. Environment variables are flat strings; lists are comma-separated
 * by convention (KAFKA_BROKERS=host1:9092,host2:9092).
 */
export function CommaSeparatedList(): PropertyDecorator {
  return Transform(({ obj, key }: RawParams) => {
    const raw = obj[key];
    return typeof raw === 'string'
      ? raw
          .split(',')
          .map((item) => item.trim())
          .filter((item) => item.length > 0)
      : raw;
  });
}

/** Accepts true/false/1/0/yes/no; anything else stays a string so `@IsBoolean()` reports it. */
export function EnvBoolean(): PropertyDecorator {
  return Transform(({ obj, key }: RawParams) => {
    const raw = obj[key];
    if (typeof raw !== 'string') return raw;
    const normalised = raw.trim().toLowerCase();
    if (['true', '1', 'yes'].includes(normalised)) return true;
    if (['false', '0', 'no'].includes(normalised)) return false;
    return raw;
  });
}
