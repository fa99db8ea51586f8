import { holdsReservation } from './agenda-reservation-sweeper';

describe('holdsReservation', () => {
  const reservation = { reservationId: 'slot-1:table-1', meetingId: 'm-1' };

  it('is held by a scheduled meeting that lists it', () => {
    expect(holdsReservation({ status: 'scheduled', reservationIds: ['slot-1:table-1'] }, reservation)).toBe(true);
  });

  it.each([
    ['a meeting that no longer exists', null],
    ['a meeting still requested (its acceptance died before committing)', { status: 'requested' as const, reservationIds: [] }],
    ['a cancelled meeting whose release failed', { status: 'cancelled' as const, reservationIds: ['slot-1:table-1'] }],
    ['a scheduled meeting holding other reservations', { status: 'scheduled' as const, reservationIds: ['slot-2:table-1'] }],
  ])('is left behind by %s', (_what, meeting) => {
    expect(holdsReservation(meeting, reservation)).toBe(false);
  });
});
