import { changeOf, type Change, type DomainEvent, eventOf } from '@icn/messaging';
import { DomainConflictError, withoutUndefined } from '@icn/platform';
import {
  MissionMeetingAccepted,
  MissionMeetingCancelled,
  MissionMeetingDeclined,
  MissionMeetingRequested,
  MissionMeetingScheduled,
  type MissionMeetingCanceller,
  type MissionMeetingDelegateV1,
  type MissionMeetingOwnerV1,
  type MissionMeetingSide,
  type MissionMeetingSlotV1,
  type MissionMeetingStatus,
} from '@icn/contracts';
import { toMeetingSnapshot, type MissionMeetingState } from './mission-meeting';

/*
 * B2B meeting lifecycle:
 *
 *   requested ──accept (+ slot and table)──▶ accepted ─▶ scheduled      (one write, two events)
 *       │                                                    │
 *       ├──decline──▶ declined (final)                       │
 *       └────────────────────────cancel──────────────────────┴──▶ cancelled (final)
 *
 * Each refused transition says why, so the 409 a client gets is actionable.
 */

export interface RequestInput {
  meetingId: string;
  missionId: string;
  delegate: MissionMeetingDelegateV1;
  owner: MissionMeetingOwnerV1;
  requestedBy: MissionMeetingSide;
  requestedBySubject: string;
  message: string;
  requestedSlotId?: string;
}

export function requestMeeting(input: RequestInput, now: Date): Change<MissionMeetingState> {
  const at = now.toISOString();
  const state: MissionMeetingState = withoutUndefined({
    ...input,
    delegate: { ...input.delegate },
    owner: withoutUndefined({ ...input.owner }),
    status: 'requested',
    version: 1,
    requestedAt: at,
    updatedAt: at,
    reservationIds: [],
  });
  return { state, events: [snapshotEvent(MissionMeetingRequested, state)] };
}

/** The side that answers a request: the one that did not send it. */
export function respondingSide(state: MissionMeetingState): MissionMeetingSide {
  return state.requestedBy === 'delegate' ? 'owner' : 'delegate';
}

/** Checked before any reservation is taken, so a refused acceptance never touches the agenda. */
export function assertAcceptable(state: MissionMeetingState): void {
  requireStatus(state, ['requested'], 'accept');
}

/** Acceptance and scheduling in one: the slot and table were reserved by the caller beforehand. */
export function acceptAndSchedule(
  state: MissionMeetingState,
  slot: MissionMeetingSlotV1,
  reservationIds: readonly string[],
  now: Date,
): Change<MissionMeetingState> {
  assertAcceptable(state);
  const accepted = bump(state, now);
  accepted.status = 'accepted';
  accepted.acceptedAt = now.toISOString();
  const scheduled = bump(accepted, now);
  scheduled.status = 'scheduled';
  scheduled.scheduledAt = now.toISOString();
  scheduled.slot = { ...slot };
  scheduled.reservationIds = [...reservationIds];
  return changeOf(scheduled, snapshotEvent(MissionMeetingAccepted, accepted), snapshotEvent(MissionMeetingScheduled, scheduled));
}

export function declineMeeting(state: MissionMeetingState, reason: string | undefined, now: Date): Change<MissionMeetingState> {
  requireStatus(state, ['requested'], 'decline');
  const next = bump(state, now);
  next.status = 'declined';
  next.declinedAt = now.toISOString();
  if (reason !== undefined) next.declineReason = reason;
  return changeOf(next, snapshotEvent(MissionMeetingDeclined, next));
}

/**
 * Cancelling frees the slot: the caller releases `state.reservationIds` after the write. The slot
 * stays in the snapshot so calendars can mark that very event cancelled.
 */
export function cancelMeeting(
  state: MissionMeetingState,
  by: MissionMeetingCanceller,
  reason: string | undefined,
  now: Date,
): Change<MissionMeetingState> {
  requireStatus(state, ['requested', 'accepted', 'scheduled'], 'cancel');
  const next = bump(state, now);
  next.status = 'cancelled';
  next.cancelledAt = now.toISOString();
  next.cancelledBy = by;
  if (reason !== undefined) next.cancellationReason = reason;
  next.reservationIds = [];
  return changeOf(next, snapshotEvent(MissionMeetingCancelled, next));
}

const PAST_TENSE = { accept: 'accepted', decline: 'declined', cancel: 'cancelled' } as const;

function requireStatus(state: MissionMeetingState, allowed: readonly MissionMeetingStatus[], action: keyof typeof PAST_TENSE): void {
  if (!allowed.includes(state.status)) {
    throw new DomainConflictError(
      `cannot ${action} meeting ${state.meetingId}: it is ${state.status}, only ${allowed.join(' or ')} meetings can be ${PAST_TENSE[action]}`,
    );
  }
}

/** Every change gets the next version; the event's sequence is that version. */
function bump(state: MissionMeetingState, now: Date): MissionMeetingState {
  return { ...state, version: state.version + 1, updatedAt: now.toISOString() };
}

/** Every meeting event carries the same payload shape: the full meeting after the change. */
function snapshotEvent(
  definition:
    | typeof MissionMeetingRequested
    | typeof MissionMeetingAccepted
    | typeof MissionMeetingDeclined
    | typeof MissionMeetingScheduled
    | typeof MissionMeetingCancelled,
  state: MissionMeetingState,
): DomainEvent {
  return eventOf(definition, { meeting: toMeetingSnapshot(state) });
}
