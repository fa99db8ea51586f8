import { describe, expect, it } from '@jest/globals';
import { instantOfLocal, localOfInstant } from './call-window';

describe('the call window between the form and the API', () => {
  it('reads a local date and time as the instant it names and writes it back unchanged', () => {
    const iso = instantOfLocal('2027-01-15T09:30');
    expect(iso).toBe(new Date(2027, 0, 15, 9, 30).toISOString());
    expect(localOfInstant(iso)).toBe('2027-01-15T09:30');
  });

  it('passes an empty or unreadable value on as typed, so the API names the field', () => {
    expect(instantOfLocal('')).toBe('');
    expect(instantOfLocal('next week')).toBe('next week');
  });

  it('shows nothing for an instant it cannot read', () => {
    expect(localOfInstant('not a date')).toBe('');
  });
});
