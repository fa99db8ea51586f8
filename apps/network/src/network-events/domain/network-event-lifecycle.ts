import { changeOf, eventOf, type Change, type DomainEvent } from '@icn/messaging';
import { DomainConflictError, DomainNotFoundError, DomainValidationError } from '@icn/platform';
import {
  NetworkEventAttendanceRecorded,
  NetworkEventCancelled,
  NetworkEventRegistrationCancelled,
  NetworkEventRegistrationReceived,
  NetworkEventScheduled,
  type NetworkEventKind,
  type NetworkEventPlaceV1,
  type NetworkEventRegistrationV1,
  type NetworkEventStatus,
} from '@icn/contracts';
import { assertValidEventDates, utcDay } from './event-dates';
import { confirmedOf, toSnapshot, waitingListOf, type NetworkEventState } from './network-event';

/*
 * Network event lifecycle:
 *
 *   scheduled ──record attendance (from its first day on)──▶ held (final)
 *       └──────cancel──────────────────────────────────────▶ cancelled (final)
 *
 * Registrations, while scheduled and before the first day: confirmed while seats are free, then
 * waiting in arrival order. Cancelling a confirmed registration gives its seat to waiting rank 1.
 * The whole list lives in the event aggregate, so each registration is one commit claim (ADR 12):
 * two concurrent registrations for the last seat cannot both be confirmed — the loser decides
 * again on the winner's state and goes to the waiting list.
 */

export interface ScheduleInput {
  eventId: string;
  kind: NetworkEventKind;
  title: string;
  description: string;
  hostClusterId: string;
  place: NetworkEventPlaceV1;
  from: string;
  to: string;
  timeZone: string;
  capacity: number;
  createdBy: string;
}

export function scheduleEvent(input: ScheduleInput, now: Date): Change<NetworkEventState> {
  assertValidEventDates(input.from, input.to, now);
  const at = now.toISOString();
  const state: NetworkEventState = { ...input, place: { ...input.place }, status: 'scheduled', registrations: [], version: 1, createdAt: at, updatedAt: at };
  return changeOf(state, snapshotEvent(NetworkEventScheduled, state));
}

export interface RegistrationInput {
  registrationId: string;
  organisationId: string;
  organisationName: string;
  clusterId: string;
  participantName: string;
  registeredBy: string;
}

export function register(state: NetworkEventState, input: RegistrationInput, now: Date): Change<NetworkEventState> {
  requireStatus(state, ['scheduled'], 'register for');
  if (utcDay(now) >= state.from) {
    throw new DomainConflictError(`registration for event ${state.eventId} closed: it starts on ${state.from}`);
  }
  const sameName = normalisedName(input.participantName);
  const duplicate = state.registrations.find(
    (registration) =>
      registration.status !== 'cancelled' &&
      registration.organisationId === input.organisationId &&
      normalisedName(registration.participantName) === sameName,
  );
  if (duplicate) {
    throw new DomainConflictError(`${input.participantName} of ${input.organisationName} is already registered for event ${state.eventId} (registration ${duplicate.registrationId}, ${duplicate.status})`);
  }
  const next = bump(state, now);
  const registration: NetworkEventRegistrationV1 = { ...input, status: 'confirmed', registeredAt: now.toISOString() };
  if (confirmedOf(state).length >= state.capacity) {
    registration.status = 'waiting';
    registration.waitingRank = waitingListOf(state).length + 1;
  }
  next.registrations.push(registration);
  return changeOf(next, eventOf(NetworkEventRegistrationReceived, { event: toSnapshot(next), registrationId: registration.registrationId }));
}

/** Cancelling a seat promotes the first on the waiting list; cancelling a wait moves those behind it up. */
export function cancelRegistration(state: NetworkEventState, registrationId: string, now: Date): Change<NetworkEventState> {
  requireStatus(state, ['scheduled'], 'cancel a registration of');
  const cancelled = findRegistration(state, registrationId);
  if (cancelled.status === 'cancelled') {
    throw new DomainConflictError(`registration ${registrationId} is already cancelled`);
  }
  const next = bump(state, now);
  const at = now.toISOString();
  const target = findRegistration(next, registrationId);
  const freedSeat = target.status === 'confirmed';
  target.status = 'cancelled';
  target.cancelledAt = at;
  delete target.waitingRank;
  const waiting = waitingListOf(next);
  let promoted: NetworkEventRegistrationV1 | undefined;
  if (freedSeat && waiting.length > 0) {
    promoted = waiting.shift();
    if (promoted) {
      promoted.status = 'confirmed';
      promoted.promotedAt = at;
      delete promoted.waitingRank;
    }
  }
  waiting.forEach((registration, index) => (registration.waitingRank = index + 1));
  return changeOf(
    next,
    eventOf(NetworkEventRegistrationCancelled, {
      event: toSnapshot(next),
      registrationId,
      ...(promoted ? { promotedRegistrationId: promoted.registrationId } : {}),
    }),
  );
}

/**
 * After the event (from its first day on) the host records who came: `attended` lists confirmed
 * registrations; every other confirmed one is recorded absent. The event is then held, final.
 */
export function recordAttendance(state: NetworkEventState, attended: readonly string[], now: Date): Change<NetworkEventState> {
  requireStatus(state, ['scheduled'], 'record attendance of');
  if (utcDay(now) < state.from) {
    throw new DomainConflictError(`cannot record attendance of event ${state.eventId} before it starts on ${state.from}`);
  }
  const present = new Set(attended);
  attended.forEach((registrationId, index) => {
    const registration = state.registrations.find((candidate) => candidate.registrationId === registrationId);
    if (!registration || registration.status !== 'confirmed') {
      throw new DomainValidationError(`attended.${index}`, `${registrationId} is not a confirmed registration of event ${state.eventId}`);
    }
  });
  const next = bump(state, now);
  for (const registration of confirmedOf(next)) registration.attended = present.has(registration.registrationId);
  next.status = 'held';
  next.heldAt = now.toISOString();
  return changeOf(next, snapshotEvent(NetworkEventAttendanceRecorded, next));
}

export function cancelEvent(state: NetworkEventState, reason: string, now: Date): Change<NetworkEventState> {
  requireStatus(state, ['scheduled'], 'cancel');
  const next = bump(state, now);
  next.status = 'cancelled';
  next.cancelledAt = now.toISOString();
  next.cancellationReason = reason;
  return changeOf(next, snapshotEvent(NetworkEventCancelled, next));
}

function findRegistration(state: NetworkEventState, registrationId: string): NetworkEventRegistrationV1 {
  const registration = state.registrations.find((candidate) => candidate.registrationId === registrationId);
  if (!registration) throw new DomainNotFoundError(`registration ${registrationId} not found in event ${state.eventId}`);
  return registration;
}

function requireStatus(state: NetworkEventState, allowed: readonly NetworkEventStatus[], action: string): void {
  if (!allowed.includes(state.status)) {
    throw new DomainConflictError(`cannot ${action} event ${state.eventId}: it is ${state.status}, only ${allowed.join(' or ')} events allow it`);
  }
}

function normalisedName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Every change gets the next version (the event's sequence) and its own copy of the list. */
function bump(state: NetworkEventState, now: Date): NetworkEventState {
  return { ...toSnapshot(state), version: state.version + 1, updatedAt: now.toISOString() };
}

function snapshotEvent(
  definition: typeof NetworkEventScheduled | typeof NetworkEventAttendanceRecorded | typeof NetworkEventCancelled,
  state: NetworkEventState,
): DomainEvent {
  return eventOf(definition, { event: toSnapshot(state) });
}
