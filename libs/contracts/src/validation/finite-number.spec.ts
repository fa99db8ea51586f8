import { MoneyV1 } from '../opportunities/opportunity.snapshot';
import { isFiniteNumberWithin } from './finite-number';
import { validatePayload } from './validate-payload';

describe('amounts in event payloads', () => {
  it('rejects, rather than throws on, a number JavaScript prints in exponent notation', () => {
    // class-validator's IsNumber({maxDecimalPlaces}) threw a TypeError here: a consumer crash instead of a named violation.
    expect(() => validatePayload(MoneyV1, { amount: 1e-7, currency: 'EUR' })).not.toThrow();
    expect(validatePayload(MoneyV1, { amount: 1e-7, currency: 'EUR' })).toEqual({ ok: false, errors: [expect.stringMatching(/^amount: .*2 decimal places/)] });
  });

  it('accepts whole cents, large amounts included', () => {
    expect(validatePayload(MoneyV1, { amount: 450_000.25, currency: 'EUR' }).ok).toBe(true);
    expect(validatePayload(MoneyV1, { amount: 1e12, currency: 'EUR' }).ok).toBe(true);
  });

  it.each([
    [0.3, 2, true],
    [1.005, 2, false],
    [1e-7, 2, false],
    [5e-324, 2, false],
    [Number.NaN, 2, false],
    [Number.POSITIVE_INFINITY, undefined, false],
    [12, 0, true],
  ])('isFiniteNumberWithin(%p, %p) is %p', (value, places, expected) => {
    expect(isFiniteNumberWithin(value, places)).toBe(expected);
  });
});
