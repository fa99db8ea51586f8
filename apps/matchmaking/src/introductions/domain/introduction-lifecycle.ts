import { changeOf, type Change, type DomainEvent, eventOf } from '@icn/messaging';
import { DomainConflictError, DomainValidationError } from '@icn/platform';
import {
  IntroductionAccepted,
  IntroductionDeclined,
  IntroductionOutcomeRecorded,
  IntroductionRequested,
  IntroductionWithdrawn,
  type IntroductionOutcome,
  type IntroductionPurpose,
  type IntroductionStatus,
} from '@icn/contracts';
import type { IntroductionState } from './introduction';

/*
 * Introduction lifecycle:
 *
 *   pending ──accept──▶ accepted ──record outcome──▶ accepted (with outcome; may be recorded again)
 *      │
 *      ├──decline──▶ declined (final)
 *      └──withdraw─▶ withdrawn (final)
 *
 * Each refused transition says why, so the 409 a client gets is actionable.
 */

/** The two organisations as the directory knows them when the request is made. */
export interface IntroducedOrganisation {
  organisationId: string;
  name: string;
  clusterId: string;
}

export interface RequestInput {
  introductionId: string;
  requester: IntroducedOrganisation;
  target: IntroducedOrganisation;
  purpose: IntroductionPurpose;
  message: string;
  requestedBy: string;
}

export function requestIntroduction(input: RequestInput, now: Date): Change<IntroductionState> {
  if (input.requester.organisationId === input.target.organisationId) {
    throw new DomainValidationError('targetOrganisationId', 'must differ from requesterOrganisationId: an organisation cannot be introduced to itself');
  }
  const at = now.toISOString();
  const state: IntroductionState = {
    introductionId: input.introductionId,
    requesterOrganisationId: input.requester.organisationId,
    requesterOrganisationName: input.requester.name,
    requesterClusterId: input.requester.clusterId,
    targetOrganisationId: input.target.organisationId,
    targetOrganisationName: input.target.name,
    targetClusterId: input.target.clusterId,
    purpose: input.purpose,
    message: input.message,
    status: 'pending',
    requestedBy: input.requestedBy,
    version: 1,
    requestedAt: at,
    updatedAt: at,
  };
  return changeOf(state, snapshotEvent(IntroductionRequested, state));
}

export function acceptIntroduction(state: IntroductionState, now: Date): Change<IntroductionState> {
  requireStatus(state, ['pending'], 'accept');
  const next = bump(state, now);
  next.status = 'accepted';
  next.acceptedAt = now.toISOString();
  return changeOf(next, snapshotEvent(IntroductionAccepted, next));
}

export function declineIntroduction(state: IntroductionState, reason: string | undefined, now: Date): Change<IntroductionState> {
  requireStatus(state, ['pending'], 'decline');
  const next = bump(state, now);
  next.status = 'declined';
  next.declinedAt = now.toISOString();
  if (reason !== undefined) next.declineReason = reason;
  return changeOf(next, snapshotEvent(IntroductionDeclined, next));
}

export function withdrawIntroduction(state: IntroductionState, now: Date): Change<IntroductionState> {
  requireStatus(state, ['pending'], 'withdraw');
  const next = bump(state, now);
  next.status = 'withdrawn';
  next.withdrawnAt = now.toISOString();
  return changeOf(next, snapshotEvent(IntroductionWithdrawn, next));
}

/**
 * Records what came of an accepted introduction. Recording again corrects it: the new record
 * replaces the old one and is a new event, so consumers (and ranking) take the latest.
 */
export function recordOutcome(
  state: IntroductionState,
  outcome: IntroductionOutcome,
  note: string | undefined,
  recordedBy: string,
  now: Date,
): Change<IntroductionState> {
  if (state.status !== 'accepted') {
    throw new DomainConflictError(
      `cannot record an outcome on introduction ${state.introductionId}: it is ${state.status}, only accepted introductions have an outcome`,
    );
  }
  const next = bump(state, now);
  next.outcome = { outcome, recordedBy, recordedAt: now.toISOString(), ...(note === undefined ? {} : { note }) };
  return changeOf(next, snapshotEvent(IntroductionOutcomeRecorded, next));
}

/** A request that is no longer pending no longer holds the pair (see pending-pair.ts). */
export function isPending(state: IntroductionState): boolean {
  return state.status === 'pending';
}

function requireStatus(state: IntroductionState, allowed: readonly IntroductionStatus[], action: string): void {
  if (!allowed.includes(state.status)) {
    throw new DomainConflictError(
      `cannot ${action} introduction ${state.introductionId}: it is ${state.status}, only ${allowed.join(' or ')} introductions can be ${pastTense(action)}`,
    );
  }
}

function pastTense(action: string): string {
  return action.endsWith('e') ? `${action}d` : action.endsWith('w') ? `${action}n` : `${action}ed`;
}

/** Every change gets the next version; the event's sequence is that version. */
function bump(state: IntroductionState, now: Date): IntroductionState {
  return { ...state, version: state.version + 1, updatedAt: now.toISOString() };
}

/** Every introduction event carries the same payload shape: the full introduction after the change. */
function snapshotEvent(
  definition:
    | typeof IntroductionRequested
    | typeof IntroductionAccepted
    | typeof IntroductionDeclined
    | typeof IntroductionWithdrawn
    | typeof IntroductionOutcomeRecorded,
  state: IntroductionState,
): DomainEvent {
  return eventOf(definition, { introduction: state });
}
