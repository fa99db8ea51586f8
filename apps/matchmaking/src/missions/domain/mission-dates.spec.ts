import { DomainValidationError } from '@icn/platform';
import { assertValidMissionDates, canonicalTimeZone, cutOffHasPassed, hasStarted } from './mission-dates';

const NOW = new Date('2026-11-28T12:00:00.000Z');

describe('Mission dates', () => {
  it('accepts a cut-off from today on and before the first day', () => {
    expect(() => assertValidMissionDates({ from: '2026-11-29', to: '2026-11-29', callCutOff: '2026-11-28' }, NOW)).not.toThrow();
    expect(() => assertValidMissionDates({ from: '2027-01-10', to: '2027-02-08', callCutOff: '2027-01-09' }, NOW)).not.toThrow();
  });

  it('names the field that is wrong', () => {
    const field = (from: string, to: string, callCutOff: string) => {
      try {
        assertValidMissionDates({ from, to, callCutOff }, NOW);
      } catch (error) {
        return (error as DomainValidationError).field;
      }
      return 'none';
    };
    expect(field('2026-11-28', '2026-11-30', '2026-11-28')).toBe('from');
    expect(field('2027-01-10', '2027-02-09', '2027-01-01')).toBe('to');
    expect(field('2027-01-10', '2027-01-09', '2027-01-01')).toBe('to');
    expect(field('2027-01-10', '2027-01-12', '2027-01-10')).toBe('callCutOff');
    expect(field('2027-01-10', '2027-01-12', '2026-11-27')).toBe('callCutOff');
    expect(field('2027-01-10', '2027-01-12', '2027-02-31')).toBe('callCutOff');
  });

  it('keeps the call open through the whole cut-off day, UTC', () => {
    expect(cutOffHasPassed('2026-11-28', new Date('2026-11-28T23:59:59.999Z'))).toBe(false);
    expect(cutOffHasPassed('2026-11-28', new Date('2026-11-29T00:00:00.000Z'))).toBe(true);
  });

  it('tells when a mission has started', () => {
    expect(hasStarted('2026-11-29', NOW)).toBe(false);
    expect(hasStarted('2026-11-28', NOW)).toBe(true);
  });

  it('validates IANA time zones with Intl and stores their canonical spelling', () => {
    expect(canonicalTimeZone('America/New_York')).toBe('America/New_York');
    expect(canonicalTimeZone('asia/shanghai')).toBe('Asia/Shanghai');
    expect(() => canonicalTimeZone('New York')).toThrow(expect.objectContaining({ field: 'timeZone' }) as DomainValidationError);
    expect(() => canonicalTimeZone('')).toThrow(DomainValidationError);
  });
});
