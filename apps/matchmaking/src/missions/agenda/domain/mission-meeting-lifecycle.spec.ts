import { validatePayload } from '@icn/contracts';
import { DomainConflictError } from '@icn/platform';
import { ACME, CITY, MISSION_ID, aScheduledMeeting } from '../testing/mission-agenda.fixtures';
import { expectedVersionAfter } from '@icn/messaging';
import { acceptAndSchedule, cancelMeeting, declineMeeting, requestMeeting, respondingSide } from './mission-meeting-lifecycle';
import { toMeetingSnapshot, type MissionMeetingState } from './mission-meeting';

const at = (day: number) => new Date(Date.UTC(2027, 3, day));
const slot = aScheduledMeeting().slot!;

function requested(): MissionMeetingState {
  return requestMeeting(
    {
      meetingId: 'e1e1e1e1-0000-4000-8000-000000000001',
      missionId: MISSION_ID,
      delegate: ACME,
      owner: CITY,
      requestedBy: 'delegate',
      requestedBySubject: 'member:acme',
      message: 'Heat pumps',
      requestedSlotId: undefined,
    },
    at(1),
  ).state;
}

describe('B2B meeting lifecycle', () => {
  it('requests at version 1 without undefined fields, answered by the other side', () => {
    const change = requestMeeting({ ...requested(), requestedSlotId: undefined }, at(1));
    expect(change.state).toMatchObject({ status: 'requested', version: 1, requestedAt: at(1).toISOString(), reservationIds: [] });
    expect(change.state).not.toHaveProperty('requestedSlotId');
    expect(change.events.map((event) => event.definition.type)).toEqual(['org.icn.matchmaking.mission-meeting.requested.v1']);
    expect(respondingSide(change.state)).toBe('owner');
    expect(respondingSide({ ...change.state, requestedBy: 'owner' })).toBe('delegate');
  });

  it('accepting schedules in the same change: two events with consecutive sequences and their own snapshots', () => {
    const change = acceptAndSchedule(requested(), slot, ['r1', 'r2', 'r3'], at(2));
    expect(change.state).toMatchObject({ status: 'scheduled', version: 3, slot, reservationIds: ['r1', 'r2', 'r3'] });
    expect(change.events.map((event) => event.definition.type)).toEqual([
      'org.icn.matchmaking.mission-meeting.accepted.v1',
      'org.icn.matchmaking.mission-meeting.scheduled.v1',
    ]);
    // Two events move the version by two (the write path gives them subjectsequence 2 and 3).
    expect(expectedVersionAfter(requested().version, change)).toBe(change.state.version);
    const [accepted, scheduled] = change.events.map((event) => (event.data as { meeting: { status: string; version: number; slot?: unknown } }).meeting);
    expect(accepted).toMatchObject({ status: 'accepted', version: 2 });
    expect(accepted).not.toHaveProperty('slot');
    expect(scheduled).toMatchObject({ status: 'scheduled', version: 3, slot });
    expect(scheduled).not.toHaveProperty('reservationIds');
  });

  it('declines only requested meetings, and says why otherwise', () => {
    expect(declineMeeting(requested(), 'Not our field', at(2)).state).toMatchObject({ status: 'declined', declineReason: 'Not our field', version: 2 });
    const scheduled = acceptAndSchedule(requested(), slot, [], at(2)).state;
    expect(() => declineMeeting(scheduled, undefined, at(3))).toThrow(
      new DomainConflictError('cannot decline meeting e1e1e1e1-0000-4000-8000-000000000001: it is scheduled, only requested meetings can be declined'),
    );
    expect(() => acceptAndSchedule(scheduled, slot, [], at(3))).toThrow('only requested meetings can be accepted');
  });

  it('cancels a scheduled meeting, keeping its slot for calendars and dropping its reservations', () => {
    const scheduled = acceptAndSchedule(requested(), slot, ['r1'], at(2)).state;
    const cancelled = cancelMeeting(scheduled, 'owner', 'Flight moved', at(3)).state;
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledBy: 'owner', cancellationReason: 'Flight moved', version: 4, slot, reservationIds: [] });
    expect(() => cancelMeeting(cancelled, 'delegate', undefined, at(4))).toThrow('it is cancelled, only requested or accepted or scheduled meetings can be cancelled');
    expect(toMeetingSnapshot(cancelled)).not.toHaveProperty('reservationIds');
  });

  it('publishes payloads that satisfy their contract classes at every step', () => {
    const scheduling = acceptAndSchedule(requested(), slot, ['r1'], at(2));
    const changes = [
      requestMeeting({ ...requested(), requestedSlotId: '2027-05-11T09:30' }, at(1)),
      scheduling,
      declineMeeting(requested(), 'No', at(2)),
      cancelMeeting(scheduling.state, 'organiser', undefined, at(3)),
    ];
    for (const event of changes.flatMap((change) => change.events)) {
      expect(validatePayload(event.definition.payload, event.data)).toMatchObject({ ok: true });
    }
  });
});
