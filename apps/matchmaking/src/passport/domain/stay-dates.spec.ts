import { DomainValidationError } from '@icn/platform';
import { NOW } from '../testing/passport-application.fixtures';
import { assertValidStay, daysOfStay } from './stay-dates';

function fieldOf(work: () => void): string | undefined {
  try {
    work();
    return undefined;
  } catch (error) {
    return error instanceof DomainValidationError ? error.field : 'not a validation error';
  }
}

describe('stay dates', () => {
  it('accepts a future stay of up to 30 days', () => {
    expect(fieldOf(() => assertValidStay('2026-11-29', '2026-12-28', NOW))).toBeUndefined();
  });

  it('names the field that is wrong', () => {
    expect(fieldOf(() => assertValidStay('2026-11-28', '2026-11-30', NOW))).toBe('from');
    expect(fieldOf(() => assertValidStay('2027-02-30', '2027-03-01', NOW))).toBe('from');
    expect(fieldOf(() => assertValidStay('2027-03-05', '2027-03-01', NOW))).toBe('to');
    expect(fieldOf(() => assertValidStay('2027-03-01', '2027-03-31', NOW))).toBe('to');
  });

  it('lists every day of a stay across a month end', () => {
    expect(daysOfStay('2027-02-27', '2027-03-02')).toEqual(['2027-02-27', '2027-02-28', '2027-03-01', '2027-03-02']);
  });
});
