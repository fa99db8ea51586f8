import { changeOf, type Change, type DomainEvent, eventOf } from '@icn/messaging';
import { DomainConflictError, DomainValidationError } from '@icn/platform';
import {
  PassportApplicationAccepted,
  PassportApplicationCancelled,
  PassportApplicationCompleted,
  PassportApplicationDeclined,
  PassportApplicationScheduled,
  PassportApplicationSubmitted,
  type PassportKeyContactV1,
  type PassportParty,
  type PassportService,
  type PassportStatus,
  type PassportVisitReportV1,
} from '@icn/contracts';
import { toSnapshot, type PassportApplicationState } from './passport-application';
import { assertValidStay } from './stay-dates';

/*
 * Passport lifecycle:
 *
 *   submitted ──accept──▶ accepted ──schedule──▶ scheduled ──complete──▶ completed (final)
 *       │                    │                      │
 *       ├──decline──▶ declined (final)              │
 *       └────────────────────┴───────cancel─────────┴──▶ cancelled (final)
 *
 * Each refused transition says why, so the 409 a client gets is actionable.
 */

export interface SubmitInput {
  applicationId: string;
  organisationId: string;
  organisationName: string;
  homeClusterId: string;
  hostClusterId: string;
  targetCountry: string;
  purpose: string;
  from: string;
  to: string;
  services: PassportService[];
  submittedBy: string;
}

export function submitApplication(input: SubmitInput, now: Date): Change<PassportApplicationState> {
  if (input.hostClusterId === input.homeClusterId) {
    throw new DomainValidationError('hostClusterId', 'must differ from the applicant’s home cluster');
  }
  assertValidStay(input.from, input.to, now);
  const at = now.toISOString();
  const state: PassportApplicationState = {
    ...input,
    // One entry per service, in a stable order, so equal requests give equal snapshots.
    services: [...new Set(input.services)].sort(),
    status: 'submitted',
    keyContacts: [],
    version: 1,
    submittedAt: at,
    updatedAt: at,
    deskReservationIds: [],
  };
  return changeOf(state, snapshotEvent(PassportApplicationSubmitted, state));
}

/** Acceptance is checked before desks are reserved, so a refused one never touches capacity. */
export function assertAcceptable(state: PassportApplicationState): void {
  requireStatus(state, ['submitted'], 'accept');
}

export function wantsDesk(state: PassportApplicationState): boolean {
  return state.services.includes('desk-hosting');
}

export function acceptApplication(
  state: PassportApplicationState,
  keyContacts: PassportKeyContactV1[],
  deskReservationIds: string[],
  now: Date,
): Change<PassportApplicationState> {
  assertAcceptable(state);
  const next = bump(state, now);
  next.status = 'accepted';
  next.acceptedAt = now.toISOString();
  next.keyContacts = keyContacts.map((contact) => ({ ...contact }));
  next.deskReservationIds = [...deskReservationIds];
  return changeOf(next, snapshotEvent(PassportApplicationAccepted, next));
}

export function declineApplication(state: PassportApplicationState, reason: string, now: Date): Change<PassportApplicationState> {
  requireStatus(state, ['submitted'], 'decline');
  const next = bump(state, now);
  next.status = 'declined';
  next.declinedAt = now.toISOString();
  next.declineReason = reason;
  return changeOf(next, snapshotEvent(PassportApplicationDeclined, next));
}

export function scheduleApplication(state: PassportApplicationState, now: Date): Change<PassportApplicationState> {
  requireStatus(state, ['accepted'], 'schedule');
  const next = bump(state, now);
  next.status = 'scheduled';
  next.scheduledAt = now.toISOString();
  return changeOf(next, snapshotEvent(PassportApplicationScheduled, next));
}

export function completeApplication(state: PassportApplicationState, report: PassportVisitReportV1, now: Date): Change<PassportApplicationState> {
  requireStatus(state, ['scheduled'], 'complete');
  const next = bump(state, now);
  next.status = 'completed';
  next.completedAt = now.toISOString();
  next.report = { meetingsHeld: report.meetingsHeld, leads: report.leads.map((lead) => ({ ...lead })) };
  return changeOf(next, snapshotEvent(PassportApplicationCompleted, next));
}

/** Cancelling gives the desks back: the caller releases `state.deskReservationIds` after the write. */
export function cancelApplication(
  state: PassportApplicationState,
  by: PassportParty,
  reason: string | undefined,
  now: Date,
): Change<PassportApplicationState> {
  requireStatus(state, ['submitted', 'accepted', 'scheduled'], 'cancel');
  const next = bump(state, now);
  next.status = 'cancelled';
  next.cancelledAt = now.toISOString();
  next.cancelledBy = by;
  if (reason !== undefined) next.cancellationReason = reason;
  next.deskReservationIds = [];
  return changeOf(next, snapshotEvent(PassportApplicationCancelled, next));
}

function requireStatus(state: PassportApplicationState, allowed: readonly PassportStatus[], action: string): void {
  if (!allowed.includes(state.status)) {
    throw new DomainConflictError(
      `cannot ${action} Passport application ${state.applicationId}: it is ${state.status}, only ${allowed.join(' or ')} applications can be ${pastTense(action)}`,
    );
  }
}

function pastTense(action: string): string {
  return action.endsWith('e') ? `${action}d` : `${action}ed`;
}

/** Every change gets the next version; the event's sequence is that version. */
function bump(state: PassportApplicationState, now: Date): PassportApplicationState {
  return { ...state, version: state.version + 1, updatedAt: now.toISOString() };
}

/** Every Passport event carries the same payload shape: the full application after the change. */
function snapshotEvent(
  definition:
    | typeof PassportApplicationSubmitted
    | typeof PassportApplicationAccepted
    | typeof PassportApplicationDeclined
    | typeof PassportApplicationScheduled
    | typeof PassportApplicationCompleted
    | typeof PassportApplicationCancelled,
  state: PassportApplicationState,
): DomainEvent {
  return eventOf(definition, { application: toSnapshot(state) });
}
