import { randomUUID } from 'node:crypto';
import { DomainConflictError, DomainNotFoundError, DomainValidationError } from '@icn/platform';
import type { Change } from '@icn/messaging';
import { cancelEvent, cancelRegistration, recordAttendance, register, scheduleEvent, type RegistrationInput, type ScheduleInput } from './network-event-lifecycle';
import { confirmedOf, seatsLeft, waitingListOf, type NetworkEventState } from './network-event';

const NOW = new Date('2026-03-01T09:00:00Z');
const LATER = new Date('2026-03-02T09:00:00Z');
const DURING = new Date('2026-06-12T18:00:00Z');

function scheduleInput(overrides: Partial<ScheduleInput> = {}): ScheduleInput {
  return {
    eventId: randomUUID(),
    kind: 'annual-meeting',
    title: 'ICN annual meeting',
    description: 'Three days of cluster meetings',
    hostClusterId: 'greencape',
    place: { venue: 'CTICC', city: 'Cape Town', country: 'ZA' },
    from: '2026-06-12',
    to: '2026-06-14',
    timeZone: 'Africa/Johannesburg',
    capacity: 2,
    createdBy: 'manager-greencape',
    ...overrides,
  };
}

function participant(name: string, clusterId = 'clean'): RegistrationInput {
  return { registrationId: randomUUID(), organisationId: randomUUID(), organisationName: `${name} Ltd`, clusterId, participantName: name, registeredBy: `member-${name}` };
}

function types(change: Change<NetworkEventState>): string[] {
  return change.events.map((event) => event.definition.type);
}

function scheduled(capacity = 2): NetworkEventState {
  return scheduleEvent(scheduleInput({ capacity }), NOW).state;
}

describe('network event lifecycle', () => {
  it('schedules an event with an empty list, version 1, one scheduled event carrying it', () => {
    const change = scheduleEvent(scheduleInput(), NOW);
    expect(change.state).toMatchObject({ status: 'scheduled', registrations: [], version: 1, createdAt: NOW.toISOString() });
    expect(types(change)).toEqual(['org.icn.network.network-event.scheduled.v1']);
  });

  it.each([
    ['from', { from: '2026-06-31' }, 'must be a calendar date (YYYY-MM-DD)'],
    ['to', { to: '2026-02-30' }, 'must be a calendar date (YYYY-MM-DD)'],
    ['to', { to: '2026-06-11' }, 'must not be before from (2026-06-12)'],
    ['to', { to: '2026-07-20' }, 'an event lasts at most 31 days'],
    ['from', { from: '2026-02-28', to: '2026-03-01' }, 'must not be in the past (today is 2026-03-01 UTC)'],
  ])('refuses bad days, naming %s', (field, overrides, reason) => {
    expect(() => scheduleEvent(scheduleInput(overrides), NOW)).toThrow(new DomainValidationError(field, reason));
  });

  it('confirms while seats are free, then queues in arrival order', () => {
    let state = scheduled(2);
    const [ana, ben, cleo, dan] = [participant('Ana'), participant('Ben'), participant('Cleo'), participant('Dan')];
    for (const input of [ana, ben, cleo, dan]) state = register(state, input, LATER).state;
    expect(confirmedOf(state).map((r) => r.participantName)).toEqual(['Ana', 'Ben']);
    expect(waitingListOf(state).map((r) => [r.participantName, r.waitingRank])).toEqual([
      ['Cleo', 1],
      ['Dan', 2],
    ]);
    expect(seatsLeft(state)).toBe(0);
    expect(state.version).toBe(5);
  });

  it('records the registration in its event with the registration id', () => {
    const input = participant('Ana');
    const change = register(scheduled(), input, LATER);
    expect(types(change)).toEqual(['org.icn.network.network-event.registration-received.v1']);
    expect(change.events[0].data).toMatchObject({ registrationId: input.registrationId, event: { version: 2 } });
  });

  it('refuses the same participant of the same organisation twice, but not after a cancellation', () => {
    const ana = participant('Ana');
    const state = register(scheduled(), ana, LATER).state;
    expect(() => register(state, { ...ana, registrationId: randomUUID(), participantName: '  ana ' }, LATER)).toThrow(DomainConflictError);
    const afterCancel = cancelRegistration(state, ana.registrationId, LATER).state;
    expect(register(afterCancel, { ...ana, registrationId: randomUUID() }, LATER).state.registrations).toHaveLength(2);
  });

  it('closes registration on the first day', () => {
    expect(() => register(scheduled(), participant('Ana'), new Date('2026-06-12T00:00:00Z'))).toThrow(/registration for event .* closed: it starts on 2026-06-12/);
  });

  it('gives a cancelled seat to the first waiting, moves the rest up, and says whom it promoted', () => {
    let state = scheduled(1);
    const [ana, ben, cleo] = [participant('Ana'), participant('Ben'), participant('Cleo')];
    for (const input of [ana, ben, cleo]) state = register(state, input, LATER).state;
    const change = cancelRegistration(state, ana.registrationId, LATER);
    expect(types(change)).toEqual(['org.icn.network.network-event.registration-cancelled.v1']);
    expect(change.events[0].data).toMatchObject({ registrationId: ana.registrationId, promotedRegistrationId: ben.registrationId });
    const byName = Object.fromEntries(change.state.registrations.map((r) => [r.participantName, r]));
    expect(byName.Ana).toMatchObject({ status: 'cancelled', cancelledAt: LATER.toISOString() });
    expect(byName.Ben).toMatchObject({ status: 'confirmed', promotedAt: LATER.toISOString() });
    expect(byName.Ben.waitingRank).toBeUndefined();
    expect(byName.Cleo).toMatchObject({ status: 'waiting', waitingRank: 1 });
    expect(confirmedOf(change.state)).toHaveLength(1);
    // The input state is untouched (decisions are pure).
    expect(state.registrations.find((r) => r.participantName === 'Ana')?.status).toBe('confirmed');
  });

  it('cancelling a wait promotes nobody and closes the gap', () => {
    let state = scheduled(1);
    const [ana, ben, cleo] = [participant('Ana'), participant('Ben'), participant('Cleo')];
    for (const input of [ana, ben, cleo]) state = register(state, input, LATER).state;
    const change = cancelRegistration(state, ben.registrationId, LATER);
    expect(change.events[0].data).not.toHaveProperty('promotedRegistrationId');
    expect(waitingListOf(change.state).map((r) => [r.participantName, r.waitingRank])).toEqual([['Cleo', 1]]);
  });

  it('refuses cancelling twice (409) and an unknown registration (404)', () => {
    const ana = participant('Ana');
    const state = cancelRegistration(register(scheduled(), ana, LATER).state, ana.registrationId, LATER).state;
    expect(() => cancelRegistration(state, ana.registrationId, LATER)).toThrow(new DomainConflictError(`registration ${ana.registrationId} is already cancelled`));
    expect(() => cancelRegistration(state, randomUUID(), LATER)).toThrow(DomainNotFoundError);
  });

  it('records attendance from the first day: listed confirmed ones attended, other confirmed absent, waiting untouched; then held', () => {
    let state = scheduled(2);
    const [ana, ben, cleo] = [participant('Ana'), participant('Ben'), participant('Cleo')];
    for (const input of [ana, ben, cleo]) state = register(state, input, LATER).state;
    expect(() => recordAttendance(state, [ana.registrationId], LATER)).toThrow(/before it starts on 2026-06-12/);
    expect(() => recordAttendance(state, [cleo.registrationId], DURING)).toThrow(new DomainValidationError('attended.0', `${cleo.registrationId} is not a confirmed registration of event ${state.eventId}`));
    const change = recordAttendance(state, [ana.registrationId], DURING);
    expect(types(change)).toEqual(['org.icn.network.network-event.attendance-recorded.v1']);
    const byName = Object.fromEntries(change.state.registrations.map((r) => [r.participantName, r]));
    expect([byName.Ana.attended, byName.Ben.attended, byName.Cleo.attended]).toEqual([true, false, undefined]);
    expect(change.state).toMatchObject({ status: 'held', heldAt: DURING.toISOString() });
    expect(() => register(change.state, participant('Dan'), LATER)).toThrow(/it is held/);
  });

  it('cancels a scheduled event once, with its reason', () => {
    const change = cancelEvent(scheduled(), 'venue unavailable', LATER);
    expect(change.state).toMatchObject({ status: 'cancelled', cancellationReason: 'venue unavailable' });
    expect(types(change)).toEqual(['org.icn.network.network-event.cancelled.v1']);
    expect(() => cancelEvent(change.state, 'again', LATER)).toThrow(/cannot cancel event .*: it is cancelled/);
  });
});
