import { holdsDesk, isPastGrace, type HeldDesk } from './stale-desk-reservations';

describe('stale desk reservations', () => {
  const desk: HeldDesk = { reservationId: 'tweed:2027-03-01:1', applicationId: 'a', reservedAt: '2026-11-28T10:00:00.000Z' };

  it('is held by an accepted or scheduled application that lists it', () => {
    expect(holdsDesk({ status: 'accepted', deskReservationIds: [desk.reservationId] }, desk)).toBe(true);
    expect(holdsDesk({ status: 'scheduled', deskReservationIds: ['x', desk.reservationId] }, desk)).toBe(true);
  });

  it('is left behind when the application never recorded it, moved on, or does not exist', () => {
    // Crash between reservation and acceptance: still submitted, nothing listed.
    expect(holdsDesk({ status: 'submitted', deskReservationIds: [] }, desk)).toBe(false);
    // Accepted with other desks (an earlier attempt's reservation, never recorded).
    expect(holdsDesk({ status: 'accepted', deskReservationIds: ['tweed:2027-03-01:2'] }, desk)).toBe(false);
    for (const status of ['declined', 'cancelled', 'completed'] as const) {
      expect(holdsDesk({ status, deskReservationIds: [desk.reservationId] }, desk)).toBe(false);
    }
    expect(holdsDesk(null, desk)).toBe(false);
  });

  it('leaves recent reservations alone: their acceptance may still be in progress', () => {
    expect(isPastGrace(desk, '2026-11-28T09:59:59.999Z')).toBe(false);
    expect(isPastGrace(desk, '2026-11-28T10:00:00.001Z')).toBe(true);
    expect(isPastGrace({ reservationId: 'r', applicationId: 'a' }, '2000-01-01T00:00:00.000Z')).toBe(true);
  });
});
