import { anOpportunity } from '../../notifications/testing/opportunity-event.producer';
import { escapeText, fold, formatUtc } from '@icn/platform';
import { renderCalendar } from './ical';

describe('iCalendar rendering', () => {
  it('renders one event per followed deadline with a stable UID, SEQUENCE and alarms', () => {
    const opportunity = anOpportunity('x', { title: 'Tender; heat, pumps', deadline: '2025-06-30T10:00:00.000Z', version: 4 });
    const ics = renderCalendar([{ opportunity, open: true }], { name: 'Mine', now: new Date('2025-03-01T00:00:00Z'), alarmDays: [14, 3] });
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain(`UID:${opportunity.opportunityId}@opportunities.icn`);
    expect(lines).toContain('DTSTART:20250630T100000Z');
    expect(lines).toContain('SEQUENCE:4');
    expect(lines).toContain('SUMMARY:Deadline: Tender\\; heat\\, pumps');
    expect(lines.filter((line) => line.startsWith('TRIGGER:'))).toEqual(['TRIGGER:-P14D', 'TRIGGER:-P3D']);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('marks cancelled opportunities and gives closed ones no alarms', () => {
    const cancelled = anOpportunity('x', { status: 'cancelled' });
    const ics = renderCalendar([{ opportunity: cancelled, open: false }], { name: 'n', now: new Date(), alarmDays: [3] });
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).not.toContain('VALARM');
  });

  it('escapes, folds and formats per RFC 5545', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    const folded = fold(`DESCRIPTION:${'é'.repeat(80)}`);
    expect(folded.split('\r\n ').every((part) => Buffer.byteLength(part) <= 75)).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'é'.repeat(80)}`);
    expect(formatUtc(new Date('2025-01-02T03:04:05.678Z'))).toBe('20250102T030405Z');
  });
});
