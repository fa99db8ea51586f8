import { describe, expect, it } from '@jest/globals';
import type { ConsoleUser } from '../../app/session';
import { isUpcoming, mayCancelRegistration, registrationOpen, mayRunEvent, ownRegistrations, seatsLeft, type NetworkEvent, type Registration } from './network-event-access';
import { scheduleBodyOf } from './schedule-values';

const admin: ConsoleUser = { subject: 'a', name: 'Sam', role: 'network-admin' };
const hostManager: ConsoleUser = { subject: 'm', name: 'Maria', role: 'cluster-manager', clusterId: 'clean' };
const otherManager: ConsoleUser = { subject: 'o', name: 'Bo', role: 'cluster-manager', clusterId: 'greencape' };
const member: ConsoleUser = { subject: 'e', name: 'Mads', role: 'member', clusterId: 'greencape', organisationId: 'org-1' };

const registration = (overrides: Partial<Registration>): Registration => ({
  registrationId: 'r1',
  organisationId: 'org-1',
  organisationName: 'Aarhus Heat Pumps',
  clusterId: 'greencape',
  participantName: 'Ana',
  status: 'confirmed',
  registeredBy: 'e',
  registeredAt: '2026-12-01T10:00:00Z',
  ...overrides,
});

const event = (overrides: Partial<NetworkEvent> = {}): NetworkEvent => ({
  eventId: 'e1',
  kind: 'workshop',
  title: 'Heat workshop',
  description: '',
  hostClusterId: 'clean',
  place: { venue: 'Hall', city: 'Copenhagen', country: 'DK' },
  from: '2027-03-01',
  to: '2027-03-02',
  timeZone: 'Europe/Copenhagen',
  capacity: 3,
  confirmed: 3,
  waiting: 1,
  status: 'scheduled',
  registrations: [registration({}), registration({ registrationId: 'r2', organisationId: 'org-2', status: 'waiting', waitingRank: 1 })],
  createdBy: 'm',
  createdAt: '2026-12-01T09:00:00Z',
  version: 3,
  updatedAt: '2026-12-01T10:00:00Z',
  ...overrides,
});

describe('network event rights as the network API applies them', () => {
  it('lets the host cluster manager and the secretariat run the event, nobody else', () => {
    expect(mayRunEvent(admin, 'clean')).toBe(true);
    expect(mayRunEvent(hostManager, 'clean')).toBe(true);
    expect(mayRunEvent(otherManager, 'clean')).toBe(false);
    expect(mayRunEvent(member, 'clean')).toBe(false);
  });

  it('lets a member cancel its own organisation’s registrations only, and nothing once the event is over', () => {
    const [own, others] = event().registrations;
    expect(own !== undefined && mayCancelRegistration(member, event(), own)).toBe(true);
    expect(others !== undefined && mayCancelRegistration(member, event(), others)).toBe(false);
    expect(others !== undefined && mayCancelRegistration(hostManager, event(), others)).toBe(true);
    expect(own !== undefined && mayCancelRegistration(member, event({ status: 'cancelled' }), own)).toBe(false);
    expect(mayCancelRegistration(member, event(), registration({ status: 'cancelled' }))).toBe(false);
  });

  it('counts the seats left and tells the caller’s own registrations apart', () => {
    expect(seatsLeft(event())).toBe(0);
    expect(seatsLeft(event({ confirmed: 1 }))).toBe(2);
    expect(ownRegistrations(member, event()).map((r) => r.registrationId)).toEqual(['r1']);
    expect(ownRegistrations(otherManager, event())).toHaveLength(2);
    expect(ownRegistrations(admin, event())).toEqual([]);
  });

  it('takes registrations until the day before the first day', () => {
    expect(registrationOpen(event(), '2027-02-28')).toBe(true);
    expect(registrationOpen(event(), '2027-03-01')).toBe(false);
    expect(registrationOpen(event({ status: 'cancelled' }), '2027-01-01')).toBe(false);
  });

  it('is upcoming while scheduled and its last day has not passed', () => {
    expect(isUpcoming(event(), '2027-03-02')).toBe(true);
    expect(isUpcoming(event(), '2027-03-03')).toBe(false);
    expect(isUpcoming(event({ status: 'held' }), '2027-01-01')).toBe(false);
  });
});

describe('the schedule form', () => {
  it('hosts at the manager’s own cluster, upper-cases the country, and sends an empty capacity for the API to name', () => {
    const data = new FormData();
    for (const [name, value] of [
      ['kind', 'annual-meeting'],
      ['title', ' ICN annual meeting '],
      ['description', ''],
      ['place.venue', 'CTICC'],
      ['place.city', 'Cape Town'],
      ['place.country', 'za'],
      ['from', '2027-06-12'],
      ['to', '2027-06-14'],
      ['timeZone', 'Africa/Johannesburg'],
      ['capacity', ''],
    ] as const)
      data.append(name, value);
    const body = scheduleBodyOf(data, 'greencape');
    expect(body).toMatchObject({ kind: 'annual-meeting', title: 'ICN annual meeting', hostClusterId: 'greencape', place: { country: 'ZA' }, from: '2027-06-12' });
    expect(body.capacity).toBeNaN();
  });
});
