import { validatePayload } from '@icn/contracts';
import { DomainConflictError, DomainValidationError } from '@icn/platform';
import { aMission } from '../testing/mission-agenda.fixtures';
import { slotsOf } from './agenda-slot';
import { setAgenda, type AgendaInput } from './mission-agenda';

const now = new Date('2027-04-01T00:00:00Z');
const input: AgendaInput = {
  slotMinutes: 30,
  tables: 4,
  days: [
    { date: '2027-05-12', startTimes: ['14:00'] },
    { date: '2027-05-11', startTimes: ['10:00', '09:00', '09:30'] },
  ],
};

describe('setting a mission’s agenda', () => {
  it('stores days and start times sorted, in the mission’s time zone, with version 1 and a MissionAgendaSet event', () => {
    const change = setAgenda(null, input, aMission(), [], 'cm:clean', now);
    expect(change.state).toMatchObject({ missionId: aMission().missionId, timeZone: 'America/New_York', slotMinutes: 30, tables: 4, version: 1, setBy: 'cm:clean' });
    expect(change.state.days).toEqual([
      { date: '2027-05-11', startTimes: ['09:00', '09:30', '10:00'] },
      { date: '2027-05-12', startTimes: ['14:00'] },
    ]);
    expect(change.events[0]?.definition.type).toBe('org.icn.matchmaking.mission-agenda.set.v1');
    expect(validatePayload(change.events[0]?.definition.payload, change.events[0]?.data)).toMatchObject({ ok: true });
    const slots = slotsOf(change.state);
    expect(slots.map((slot) => slot.slotId)).toEqual(['2027-05-11T09:00', '2027-05-11T09:30', '2027-05-11T10:00', '2027-05-12T14:00']);
    expect(slots[0]?.startsAt.toISOString()).toBe('2027-05-11T13:00:00.000Z');
    expect(slots[0]?.endTime).toBe('09:30');
  });

  it('refuses days outside the mission, twice-listed days, overlapping slots and slots past midnight, naming the field', () => {
    const refusal = (days: AgendaInput['days'], slotMinutes = 30) => {
      try {
        setAgenda(null, { ...input, slotMinutes, days }, aMission(), [], 'cm', now);
      } catch (error) {
        return error instanceof DomainValidationError ? `${error.field}: ${error.reason}` : String(error);
      }
      return 'accepted';
    };
    expect(refusal([{ date: '2027-05-13', startTimes: ['09:00'] }])).toBe("days[0].date: must be within the mission's dates 2027-05-10 to 2027-05-12");
    expect(refusal([{ date: '2027-05-11', startTimes: ['09:00'] }, { date: '2027-05-11', startTimes: ['10:00'] }])).toBe('days[1].date: 2027-05-11 is listed twice');
    expect(refusal([{ date: '2027-05-11', startTimes: ['09:00', '09:20'] }])).toBe('days[0].startTimes: the slot at 09:00 (30 min) overlaps the one at 09:20');
    expect(refusal([{ date: '2027-05-11', startTimes: ['23:45'] }])).toBe('days[0].startTimes: the slot at 23:45 would end after midnight');
    expect(refusal([{ date: '2027-05-11', startTimes: ['23:30'] }])).toBe('accepted');
  });

  it('keeps scheduled meetings in place: their slot and table must remain and the length may not change', () => {
    const current = setAgenda(null, input, aMission(), [], 'cm', now).state;
    const placed = [{ meetingId: 'm-1', slotId: '2027-05-11T09:30', table: 3 }];
    expect(() => setAgenda(current, { ...input, days: [{ date: '2027-05-11', startTimes: ['09:00'] }] }, aMission(), placed, 'cm', now)).toThrow(
      'slot 2027-05-11T09:30 cannot be removed: meeting m-1 is scheduled in it',
    );
    expect(() => setAgenda(current, { ...input, tables: 2 }, aMission(), placed, 'cm', now)).toThrow(
      'table 3 cannot be removed: meeting m-1 is scheduled at it in slot 2027-05-11T09:30',
    );
    expect(() => setAgenda(current, { ...input, slotMinutes: 20 }, aMission(), placed, 'cm', now)).toThrow(DomainConflictError);
    const grown = setAgenda(current, { ...input, tables: 6, days: [...input.days, { date: '2027-05-10', startTimes: ['16:00'] }] }, aMission(), placed, 'cm', now);
    expect(grown.state).toMatchObject({ version: 2, tables: 6 });
    expect(setAgenda(current, { ...input, slotMinutes: 20 }, aMission(), [], 'cm', now).state.slotMinutes).toBe(20);
  });

  it('refuses a mission whose time zone is not an IANA zone', () => {
    expect(() => setAgenda(null, input, aMission({ timeZone: 'Gotham/Central' }), [], 'cm', now)).toThrow('not an IANA time zone');
  });
});
