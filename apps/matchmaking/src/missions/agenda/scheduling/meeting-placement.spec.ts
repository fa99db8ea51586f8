import { DomainConflictError } from '@icn/platform';
import { slotsOf, type AgendaSlot } from '../domain/agenda-slot';
import { InMemoryAgendaReservationStore } from './in-memory-agenda-reservation.store';
import { placeMeeting, type PlacementRequest } from './meeting-placement';

const missionId = 'm1';
const slots = slotsOf({
  timeZone: 'America/New_York',
  slotMinutes: 30,
  days: [{ date: '2027-05-11', startTimes: ['09:00', '09:30', '10:00'] }],
});
const [nine, nineThirty, ten] = slots as [AgendaSlot, AgendaSlot, AgendaSlot];

const acme = { organisationId: 'org-acme', name: 'Acme ApS' };
const heatCo = { organisationId: 'org-heat', name: 'HeatCo' };
const city = { ownerId: 'owner-city', name: 'NYC DEP' };
const port = { ownerId: 'owner-port', name: 'Port Authority' };

function request(meetingId: string, delegate: typeof acme, owner: typeof city, options: Partial<PlacementRequest> = {}): PlacementRequest {
  return { missionId, meetingId, delegate, owner, tables: 2, candidates: slots, slotAskedFor: false, ...options };
}

describe('placing accepted meetings on the agenda', () => {
  let store: InMemoryAgendaReservationStore;
  beforeEach(() => {
    store = new InMemoryAgendaReservationStore();
  });

  it('gives the slot asked for and the first free table, reserving delegate, owner and table', async () => {
    const placement = await placeMeeting(store, request('a', acme, city, { candidates: [nineThirty], slotAskedFor: true }));
    expect(placement.slot.slotId).toBe('2027-05-11T09:30');
    expect(placement.slot.startsAt.toISOString()).toBe('2027-05-11T13:30:00.000Z');
    expect(placement.table).toBe(1);
    expect(placement.reservationIds).toEqual([
      'm1:2027-05-11T09:30:delegate:org-acme',
      'm1:2027-05-11T09:30:owner:owner-city',
      'm1:2027-05-11T09:30:table:1',
    ]);
    const second = await placeMeeting(store, request('b', heatCo, port, { candidates: [nineThirty], slotAskedFor: true }));
    expect(second.table).toBe(2);
  });

  it('refuses a slot asked for where the delegate is busy, naming the delegate and the slot', async () => {
    await placeMeeting(store, request('a', acme, city, { candidates: [nine], slotAskedFor: true }));
    const refusal = placeMeeting(store, request('b', acme, port, { candidates: [nine], slotAskedFor: true }));
    await expect(refusal).rejects.toThrow(DomainConflictError);
    await expect(refusal).rejects.toThrow('Acme ApS (delegate org-acme) already has a meeting in slot 2027-05-11T09:00');
    expect(store.reservations.size).toBe(3);
  });

  it('refuses a slot where the owner is busy and gives back the delegate it had taken', async () => {
    await placeMeeting(store, request('a', acme, city, { candidates: [nine], slotAskedFor: true }));
    await expect(placeMeeting(store, request('b', heatCo, city, { candidates: [nine], slotAskedFor: true }))).rejects.toThrow(
      'NYC DEP (local owner owner-city) already has a meeting in slot 2027-05-11T09:00',
    );
    expect([...store.reservations.values()]).toEqual(['a', 'a', 'a']);
  });

  it('refuses a slot whose tables are all taken, naming the slot', async () => {
    await placeMeeting(store, request('a', acme, city, { candidates: [ten], slotAskedFor: true, tables: 1 }));
    await expect(placeMeeting(store, request('b', heatCo, port, { candidates: [ten], slotAskedFor: true, tables: 1 }))).rejects.toThrow(
      'every table (1) is taken in slot 2027-05-11T10:00',
    );
    expect([...store.reservations.values()].every((holder) => holder === 'a')).toBe(true);
  });

  it('without a slot asked for, takes the earliest slot where both participants and a table are free', async () => {
    await placeMeeting(store, request('a', acme, port, { candidates: [nine], slotAskedFor: true }));
    await placeMeeting(store, request('b', heatCo, city, { candidates: [nineThirty], slotAskedFor: true }));
    const placement = await placeMeeting(store, request('c', acme, city));
    expect(placement.slot.slotId).toBe('2027-05-11T10:00');
  });

  it('says so when no slot is left for the pair', async () => {
    for (const [index, slot] of slots.entries()) await placeMeeting(store, request(`x${index}`, acme, port, { candidates: [slot], slotAskedFor: true }));
    await expect(placeMeeting(store, request('c', acme, city))).rejects.toThrow(
      'no free slot left on the agenda where Acme ApS and NYC DEP are both free and a table is available',
    );
  });

  it('lets only one of two concurrent schedulings of the same delegate in one slot win', async () => {
    const outcomes = await Promise.allSettled([
      placeMeeting(store, request('a', acme, city, { candidates: [nine], slotAskedFor: true })),
      placeMeeting(store, request('b', acme, port, { candidates: [nine], slotAskedFor: true })),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    expect(String(refused?.reason)).toContain('Acme ApS (delegate org-acme) already has a meeting in slot 2027-05-11T09:00');
    const holders = new Set(store.reservations.values());
    expect(holders.size).toBe(1);
  });

  it('gives the last table to one of two concurrent meetings with different participants', async () => {
    const outcomes = await Promise.allSettled([
      placeMeeting(store, request('a', acme, city, { candidates: [nine], slotAskedFor: true, tables: 1 })),
      placeMeeting(store, request('b', heatCo, port, { candidates: [nine], slotAskedFor: true, tables: 1 })),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect([...store.reservations.keys()].filter((id) => id.includes(':table:'))).toEqual(['m1:2027-05-11T09:00:table:1']);
  });

  it('places concurrent earliest-slot schedulings of one delegate in different slots, never double-booking', async () => {
    const placements = await Promise.all([
      placeMeeting(store, request('a', acme, city)),
      placeMeeting(store, request('b', acme, port)),
    ]);
    expect(new Set(placements.map((placement) => placement.slot.slotId)).size).toBe(2);
    const delegateIds = [...store.reservations.keys()].filter((id) => id.includes(':delegate:'));
    expect(delegateIds).toHaveLength(2);
  });

  it('reuses reservations a crashed attempt of the same meeting left behind', async () => {
    store.reservations.set('m1:2027-05-11T09:00:delegate:org-acme', 'a');
    const placement = await placeMeeting(store, request('a', acme, city, { candidates: [nine], slotAskedFor: true }));
    expect(placement.reservationIds).toContain('m1:2027-05-11T09:00:delegate:org-acme');
  });

  it('gives back only what the meeting still holds: a late release leaves the slot another meeting took alone', async () => {
    const first = await placeMeeting(store, request('a', acme, city, { candidates: [nine], slotAskedFor: true }));
    await store.release('a', first.reservationIds);
    const second = await placeMeeting(store, request('b', acme, city, { candidates: [nine], slotAskedFor: true }));
    await store.release('a', first.reservationIds);
    expect(second.reservationIds.every((id) => store.reservations.get(id) === 'b')).toBe(true);
  });
});
