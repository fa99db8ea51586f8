import type { ProjectionWrite } from './projection-write';
import { isNewer, toGuardedUpdate } from './sequence-guard';

const write: ProjectionWrite = {
  id: 'org-1',
  sequence: 3,
  eventId: 'evt-3',
  eventType: 'org.icn.membership.organisation.suspended.v1',
  eventTime: '2025-02-01T10:00:00.000Z',
  set: { status: 'suspended' },
  unset: ['departure'],
  upsert: false,
};

describe('sequence guard', () => {
  it.each([
    [undefined, 1, true],
    [1, 2, true],
    [1, 5, true], // a gap (predecessor dead-lettered): newer still wins
    [2, 2, false], // redelivery
    [5, 3, false], // late replay superseded by a newer snapshot
  ])('last %p, incoming %p -> apply %p', (last, incoming, expected) => {
    expect(isNewer(last, incoming)).toBe(expected);
  });

  it('matches only an older document and does the bookkeeping in the same update', () => {
    const guarded = toGuardedUpdate(write);

    expect(guarded.filter).toEqual({ _id: 'org-1', lastSequence: { $lt: 3 } });
    expect(guarded.update).toEqual({
      $set: {
        status: 'suspended',
        lastSequence: 3,
        lastEventId: 'evt-3',
        lastEventType: write.eventType,
        updatedAt: write.eventTime,
      },
      $unset: { departure: '' },
      $inc: { appliedEvents: 1 },
    });
    expect(guarded.upsert).toBe(false);
  });

  it('omits $unset when nothing is removed', () => {
    expect(toGuardedUpdate({ ...write, unset: [] }).update).not.toHaveProperty('$unset');
  });
});
