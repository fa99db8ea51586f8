import { escapeText, fold, formatUtc, joinContentLines } from './ical-text';

describe('iCalendar text helpers', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const folded = fold(`DESCRIPTION:${'é'.repeat(80)}`);
    expect(folded.split('\r\n ').every((part) => Buffer.byteLength(part) <= 75)).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'é'.repeat(80)}`);
    expect(fold('SHORT:line')).toBe('SHORT:line');
  });

  it('formats UTC date-times and joins folded lines with CRLF', () => {
    expect(formatUtc(new Date('2025-01-02T03:04:05.678Z'))).toBe('20250102T030405Z');
    expect(joinContentLines(['BEGIN:VCALENDAR', 'END:VCALENDAR'])).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });
});
