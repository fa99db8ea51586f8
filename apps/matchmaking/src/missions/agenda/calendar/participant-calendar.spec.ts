import { aScheduledMeeting } from '../testing/mission-agenda.fixtures';
import { renderParticipantCalendar } from './participant-calendar';

const now = new Date('2027-04-03T08:00:00Z');
const base = { name: 'New York mission 2027: Acme Heat ApS', missionTitle: 'New York mission 2027', timeZone: 'America/New_York', now };

/** Content lines with folding undone, as a calendar app reads them. */
function unfolded(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

describe('a participant’s iCalendar schedule', () => {
  it('renders one VEVENT per scheduled meeting with a stable UID, UTC times, SEQUENCE and the table', () => {
    const ics = renderParticipantCalendar({ ...base, meetings: [aScheduledMeeting()] });
    const lines = unfolded(ics);
    expect(lines.slice(0, 3)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//International Cleantech Network//Matchmaking missions//EN']);
    expect(lines).toContain('X-WR-TIMEZONE:America/New_York');
    expect(lines).toContain('UID:9a0a0f6f-8b6f-4cae-9f5f-cfdf5f7fef66@missions.matchmaking.icn');
    expect(lines).toContain('DTSTART:20270511T133000Z');
    expect(lines).toContain('DTEND:20270511T140000Z');
    expect(lines).toContain('DTSTAMP:20270403T080000Z');
    expect(lines).toContain('SEQUENCE:3');
    expect(lines).toContain('STATUS:CONFIRMED');
    expect(lines).toContain('SUMMARY:B2B meeting: Acme Heat ApS – NYC Department of Environmental Protection');
    expect(lines).toContain('LOCATION:New York mission 2027\\, table 2');
    expect(lines.find((line) => line.startsWith('DESCRIPTION:'))).toContain('2027-05-11 09:30–10:00 (America/New_York)\\, table 2');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('keeps a cancelled meeting as STATUS:CANCELLED with a higher SEQUENCE and the same UID', () => {
    const cancelled = aScheduledMeeting({ status: 'cancelled', version: 4, cancelledBy: 'owner', cancellationReason: 'Flight moved', cancelledAt: '2027-04-05T00:00:00.000Z' });
    const lines = unfolded(renderParticipantCalendar({ ...base, meetings: [cancelled] }));
    expect(lines).toContain('UID:9a0a0f6f-8b6f-4cae-9f5f-cfdf5f7fef66@missions.matchmaking.icn');
    expect(lines).toContain('STATUS:CANCELLED');
    expect(lines).toContain('SEQUENCE:4');
    expect(lines.find((line) => line.startsWith('DESCRIPTION:'))).toContain('Cancelled: Flight moved');
  });

  it('leaves out meetings that never had a slot and orders the rest chronologically, escaping text', () => {
    const requested = aScheduledMeeting({ meetingId: 'aaaaaaaa-0000-4000-8000-000000000001', status: 'requested', slot: undefined, version: 1 });
    const later = aScheduledMeeting({
      meetingId: 'bbbbbbbb-0000-4000-8000-000000000002',
      message: 'Pilot; district heating, Brooklyn\nsecond line',
      slot: { ...aScheduledMeeting().slot!, slotId: '2027-05-12T09:00', date: '2027-05-12', startsAt: '2027-05-12T13:00:00.000Z', endsAt: '2027-05-12T13:30:00.000Z' },
    });
    const lines = unfolded(renderParticipantCalendar({ ...base, meetings: [later, requested, aScheduledMeeting()] }));
    const uids = lines.filter((line) => line.startsWith('UID:'));
    expect(uids).toEqual(['UID:9a0a0f6f-8b6f-4cae-9f5f-cfdf5f7fef66@missions.matchmaking.icn', 'UID:bbbbbbbb-0000-4000-8000-000000000002@missions.matchmaking.icn']);
    expect(lines.find((line) => line.includes('Pilot'))).toContain('Pilot\\; district heating\\, Brooklyn\\nsecond line');
  });

  it('is a valid empty calendar for a participant without meetings', () => {
    expect(renderParticipantCalendar({ ...base, meetings: [] })).not.toContain('BEGIN:VEVENT');
  });
});
