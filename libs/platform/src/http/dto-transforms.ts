import { Transform } from 'class-transformer';

/**
 * class-transformer decorators every service's request DTOs share. They run before validation, so
 * the validators and the stored data see the normalised value.
 */

/** Free text is trimmed, so `"  Acme "` and `"Acme"` are one name. */
export function Trim(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
}

/** Codes (ISO countries) are stored upper-case, so `dk` and `DK` filter and match the same rows. */
export function UpperCase(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toUpperCase() : value));
}

/** UpperCase for a list of codes (or a single one). */
export function UpperCaseEach(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((item: unknown) => (typeof item === 'string' ? item.toUpperCase() : item)) : typeof value === 'string' ? value.toUpperCase() : value,
  );
}
