import { randomUUID } from 'node:crypto';
import { register, scheduleEvent } from './network-event-lifecycle';
import { renderRegistrationCalendar } from './registration-ical';

const NOW = new Date('2026-03-01T09:00:00Z');

describe('registration iCalendar file', () => {
  const event = scheduleEvent(
    {
      eventId: randomUUID(),
      kind: 'workshop',
      title: 'Cluster workshop; smart grids, NYC',
      description: 'Hands-on',
      hostClusterId: 'nyc',
      place: { venue: 'Urban Future Lab, 15 MetroTech Center', city: 'New York', country: 'US' },
      from: '2026-06-30',
      to: '2026-07-01',
      timeZone: 'America/New_York',
      capacity: 1,
      createdBy: 'manager-nyc',
    },
    NOW,
  ).state;
  const first = { registrationId: randomUUID(), organisationId: randomUUID(), organisationName: 'Sun AB', clusterId: 'clean', participantName: 'Ana', registeredBy: 'm' };
  const second = { ...first, registrationId: randomUUID(), participantName: 'Ben' };
  const withBoth = register(register(event, first, NOW).state, second, NOW).state;

  it('is an all-day VEVENT over the event days (DTEND the day after the last), escaped, CRLF lines', () => {
    const ics = renderRegistrationCalendar(withBoth, withBoth.registrations[0], NOW);
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toEqual(
      expect.arrayContaining([
        `UID:${first.registrationId}@network.icn`,
        'DTSTAMP:20260301T090000Z',
        'DTSTART;VALUE=DATE:20260630',
        'DTEND;VALUE=DATE:20260702',
        'SEQUENCE:3',
        'SUMMARY:Cluster workshop\\; smart grids\\, NYC',
        'STATUS:CONFIRMED',
      ]),
    );
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('marks a waiting registrant TENTATIVE with the rank', () => {
    const ics = renderRegistrationCalendar(withBoth, withBoth.registrations[1], NOW);
    expect(ics).toContain('STATUS:TENTATIVE');
    expect(ics).toContain('waiting list\\, rank 1');
  });
});
