import { Transform } from 'class-transformer';

/** Free text is trimmed so that `"  Acme "` and `"Acme"` are one name. */
export function Trim(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
}

/** Country codes are stored upper-case, like membership's. */
export function UpperCase(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toUpperCase() : value));
}
