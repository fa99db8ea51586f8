import { DomainConflictError } from '@icn/platform';
import { deskReservationId, reserveDesks } from './desk-allocator';
import { InMemoryDeskReservationStore } from './in-memory-desk-reservation.store';

describe('reserveDesks', () => {
  const days = ['2027-03-01', '2027-03-02', '2027-03-03'];

  it('takes desk 1 of each day when the host is empty', async () => {
    const store = new InMemoryDeskReservationStore();
    const taken = await reserveDesks(store, { hostClusterId: 'tweed', applicationId: 'a', days, desksPerDay: 2 });
    expect(taken).toEqual(days.map((day) => deskReservationId('tweed', day, 1)));
  });

  it('moves on to the next desk when one is taken', async () => {
    const store = new InMemoryDeskReservationStore();
    await reserveDesks(store, { hostClusterId: 'tweed', applicationId: 'a', days, desksPerDay: 2 });
    const taken = await reserveDesks(store, { hostClusterId: 'tweed', applicationId: 'b', days: ['2027-03-02'], desksPerDay: 2 });
    expect(taken).toEqual(['tweed:2027-03-02:2']);
  });

  it('refuses with every full day and releases what it took', async () => {
    const store = new InMemoryDeskReservationStore();
    await reserveDesks(store, { hostClusterId: 'tweed', applicationId: 'a', days: ['2027-03-02', '2027-03-03'], desksPerDay: 1 });
    const attempt = reserveDesks(store, { hostClusterId: 'tweed', applicationId: 'b', days, desksPerDay: 1 });
    await expect(attempt).rejects.toThrow(DomainConflictError);
    await expect(attempt).rejects.toThrow('2027-03-02, 2027-03-03');
    // b's desk on 03-01 was given back; a keeps its two.
    expect([...store.reservations.values()]).toEqual(['a', 'a']);
  });

  it('lets one of two overlapping stays through when the host has a single desk', async () => {
    const store = new InMemoryDeskReservationStore();
    const outcomes = await Promise.allSettled([
      reserveDesks(store, { hostClusterId: 'tweed', applicationId: 'a', days: ['2027-03-01', '2027-03-02', '2027-03-03'], desksPerDay: 1 }),
      reserveDesks(store, { hostClusterId: 'tweed', applicationId: 'b', days: ['2027-03-02', '2027-03-03', '2027-03-04'], desksPerDay: 1 }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
  });

  it('never gives more desks than the capacity to concurrent acceptances', async () => {
    const store = new InMemoryDeskReservationStore();
    const outcomes = await Promise.allSettled(
      ['a', 'b', 'c', 'd'].map((applicationId) => reserveDesks(store, { hostClusterId: 'tweed', applicationId, days, desksPerDay: 2 })),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(2);
    expect(store.reservations.size).toBe(days.length * 2);
  });

  it('is refused outright by a host with no desks', async () => {
    const store = new InMemoryDeskReservationStore();
    await expect(reserveDesks(store, { hostClusterId: 'tweed', applicationId: 'a', days, desksPerDay: 0 })).rejects.toThrow('capacity 0');
  });

  it('reuses a reservation a crashed attempt of the same application left behind', async () => {
    const store = new InMemoryDeskReservationStore();
    store.reservations.set('tweed:2027-03-01:1', 'a');
    const taken = await reserveDesks(store, { hostClusterId: 'tweed', applicationId: 'a', days: ['2027-03-01'], desksPerDay: 1 });
    expect(taken).toEqual(['tweed:2027-03-01:1']);
    expect(store.renewed).toEqual(['tweed:2027-03-01:1']);
  });

  it('gives back only desks the application still holds: a desk taken by another since is left alone', async () => {
    const store = new InMemoryDeskReservationStore();
    const taken = await reserveDesks(store, { hostClusterId: 'tweed', applicationId: 'a', days: ['2027-03-01'], desksPerDay: 1 });
    await store.release('a', taken);
    await reserveDesks(store, { hostClusterId: 'tweed', applicationId: 'b', days: ['2027-03-01'], desksPerDay: 1 });
    // A late second release of a's (lost) attempt must not free b's desk.
    await store.release('a', taken);
    expect(store.reservations.get('tweed:2027-03-01:1')).toBe('b');
  });
});
