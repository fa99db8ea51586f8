import { ValidateBy, type ValidationOptions } from 'class-validator';

export interface FiniteNumberOptions {
  /** At most this many digits after the decimal point (e.g. 2 for money in EUR). */
  maxDecimalPlaces?: number;
}

/**
 * A finite JSON number with at most `maxDecimalPlaces` decimals, for request DTOs (re-exported by
 * @icn/platform) and event payload classes alike. Replaces class-validator's
 * `@IsNumber({maxDecimalPlaces})`, which counts decimals in `String(value)` and throws a TypeError
 * (a 500) on numbers JavaScript prints in exponent notation, such as `1e-7`. Here the count holds
 * for every number: it has at most n decimals exactly when rounding it to n decimals gives it back.
 */
export function IsFiniteNumber(options: FiniteNumberOptions = {}, validationOptions: ValidationOptions = {}): PropertyDecorator {
  const { maxDecimalPlaces } = options;
  return ValidateBy(
    {
      name: 'isFiniteNumber',
      constraints: [maxDecimalPlaces],
      validator: {
        validate: (value: unknown) => isFiniteNumberWithin(value, maxDecimalPlaces),
        defaultMessage: () =>
          maxDecimalPlaces === undefined ? 'must be a finite number' : `must be a finite number with at most ${maxDecimalPlaces} decimal places`,
      },
    },
    validationOptions,
  );
}

export function isFiniteNumberWithin(value: unknown, maxDecimalPlaces: number | undefined): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (maxDecimalPlaces === undefined) return true;
  return Number(value.toFixed(Math.min(maxDecimalPlaces, 100))) === value;
}
