import { Transform } from 'class-transformer';

/** Country codes are stored upper-case so that `?country=dk` and `DK` filter the same rows. */
export function UpperCase(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toUpperCase() : value));
}

/** Trims free text so `"  Acme "` and `"Acme"` are one name. */
export function Trim(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
}
