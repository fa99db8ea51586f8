import { andThen, changeOf, type Change, type DomainEvent, eventOf } from '@icn/messaging';
import { DomainConflictError, DomainValidationError, withoutUndefined } from '@icn/platform';
import {
  MAX_LOCAL_PROJECT_OWNERS,
  MAX_MISSION_APPLICATIONS,
  MissionApplicationSubmitted,
  MissionApplicationWithdrawn,
  MissionCallClosed,
  MissionCallOpened,
  MissionCancelled,
  MissionCompleted,
  MissionCreated,
  MissionDelegatePromoted,
  MissionLocalProjectOwnerAdded,
  MissionLocalProjectOwnerRemoved,
  MissionSelectionDecided,
  MissionSelectionPublished,
  type LocalProjectContactV1,
  type LocalProjectOwnerV1,
  type MissionApplicationV1,
  type MissionCallCloser,
  type MissionDestinationV1,
  type MissionStatus,
} from '@icn/contracts';
import type { MissionState } from './mission';
import { assertValidMissionDates, canonicalTimeZone, cutOffHasPassed, hasStarted } from './mission-dates';

/*
 * Mission lifecycle:
 *
 *   draft ──open call──▶ call-open ──close call──▶ call-closed ──publish selection──▶ selection-published ──complete──▶ completed
 *                                                    │    ▲
 *                                                    └────┘ decide selection (revisable until published)
 *
 *   draft | call-open | call-closed | selection-published ──cancel──▶ cancelled        (completed and cancelled are final)
 *
 * The call takes applications only while the status is call-open AND its cut-off day (UTC) has not
 * ended: the clock is checked on each request, no scheduler closes calls. The organiser closes it
 * early (callClosedBy: organiser); once the cut-off has passed, the organiser's next command records
 * the closure (callClosedBy: cut-off) — closing it, or deciding the selection, which writes the
 * closure first, as its own event, in the same write. Completing needs the first day to have come.
 *
 * Applications: submitted ──decide──▶ selected | reserve (ordered, reserveRank 1..n) | rejected;
 * withdrawn (by the applicant side) from submitted, selected or reserve while the mission is not
 * final. A selected delegate's withdrawal promotes reserve #1 to selected in the same write, as its
 * own event (MissionDelegatePromoted), so a place never stays empty while someone waits for it.
 *
 * Every fact gets its own version (the event's sequence), even when a write records two.
 * Each refused transition says why, so the 409 a client gets is actionable.
 */

const FINAL_STATUSES: readonly MissionStatus[] = ['completed', 'cancelled'];

export interface CreateMissionInput {
  missionId: string;
  title: string;
  theme: string;
  description: string;
  organiserClusterId: string;
  hostClusterId: string;
  destination: MissionDestinationV1;
  from: string;
  to: string;
  timeZone: string;
  capacity: number;
  callCutOff: string;
  createdBy: string;
}

export function createMission(input: CreateMissionInput, now: Date): Change<MissionState> {
  assertValidMissionDates(input, now);
  const timeZone = canonicalTimeZone(input.timeZone);
  const at = now.toISOString();
  const state: MissionState = {
    ...input,
    destination: { city: input.destination.city, country: input.destination.country },
    timeZone,
    status: 'draft',
    applications: [],
    localProjectOwners: [],
    createdAt: at,
    version: 1,
    updatedAt: at,
  };
  return changeOf(state, eventOf(MissionCreated, { mission: state }));
}

export function openCall(state: MissionState, now: Date): Change<MissionState> {
  requireStatus(state, ['draft'], 'open the call of');
  if (cutOffHasPassed(state.callCutOff, now)) {
    throw new DomainConflictError(`cannot open the call of mission ${state.missionId}: its cut-off ${state.callCutOff} (end of day, UTC) has passed`);
  }
  return step(state, now, (next) => {
    next.status = 'call-open';
    next.callOpenedAt = now.toISOString();
    return eventOf(MissionCallOpened, { mission: next });
  });
}

/** Closing a call whose cut-off already passed records what closed it: the cut-off. */
export function closeCall(state: MissionState, now: Date): Change<MissionState> {
  requireStatus(state, ['call-open'], 'close the call of');
  return recordCallClosed(state, cutOffHasPassed(state.callCutOff, now) ? 'cut-off' : 'organiser', now);
}

export interface ApplyInput {
  applicationId: string;
  organisationId: string;
  organisationName: string;
  clusterId: string;
  motivation: string;
  travellers: string[];
  submittedBy: string;
}

export function submitApplication(state: MissionState, input: ApplyInput, now: Date): Change<MissionState> {
  requireStatus(state, ['call-open'], 'apply to');
  if (cutOffHasPassed(state.callCutOff, now)) {
    throw new DomainConflictError(
      `cannot apply to mission ${state.missionId}: the call closed at its cut-off, ${state.callCutOff} (end of day, UTC)`,
    );
  }
  const existing = state.applications.find((application) => application.organisationId === input.organisationId);
  if (existing !== undefined) {
    throw new DomainConflictError(
      `organisation ${input.organisationId} has already applied to mission ${state.missionId} (application ${existing.applicationId}, ${existing.status}); one application per organisation`,
    );
  }
  if (state.applications.length >= MAX_MISSION_APPLICATIONS) {
    throw new DomainConflictError(`mission ${state.missionId} already holds the maximum of ${MAX_MISSION_APPLICATIONS} applications`);
  }
  return step(state, now, (next) => {
    const application: MissionApplicationV1 = {
      ...input,
      travellers: [...input.travellers],
      status: 'submitted',
      submittedAt: now.toISOString(),
    };
    next.applications = [...next.applications, application];
    return eventOf(MissionApplicationSubmitted, { mission: next, applicationId: input.applicationId });
  });
}

/**
 * Withdraws an application. A selected delegate's place goes to reserve #1 at once (a second
 * event, MissionDelegatePromoted, in the same write); a reserve's withdrawal moves the ones behind
 * it up the list.
 */
export function withdrawApplication(state: MissionState, applicationId: string, now: Date): Change<MissionState> {
  if (FINAL_STATUSES.includes(state.status)) {
    throw new DomainConflictError(`cannot withdraw from mission ${state.missionId}: it is ${state.status}`);
  }
  const withdrawn = applicationOf(state, applicationId);
  if (withdrawn.status === 'withdrawn' || withdrawn.status === 'rejected') {
    throw new DomainConflictError(
      `cannot withdraw application ${applicationId}: it is ${withdrawn.status}, only submitted, selected or reserve applications can be withdrawn`,
    );
  }
  const change = step(state, now, (next) => {
    next.applications = rankReserves(
      next.applications.map((application) =>
        application.applicationId === applicationId
          ? withoutRank({ ...application, status: 'withdrawn', withdrawnAt: now.toISOString() })
          : application,
      ),
    );
    return eventOf(MissionApplicationWithdrawn, { mission: next, applicationId });
  });
  if (withdrawn.status !== 'selected') return change;
  const firstReserve = change.state.applications.find((application) => application.status === 'reserve' && application.reserveRank === 1);
  if (firstReserve === undefined) return change;
  return andThen(change, (afterWithdrawal) => promote(afterWithdrawal, firstReserve.applicationId, applicationId, now));
}

function promote(state: MissionState, applicationId: string, replacingApplicationId: string, now: Date): Change<MissionState> {
  return step(state, now, (next) => {
    next.applications = rankReserves(
      next.applications.map((application) =>
        application.applicationId === applicationId
          ? withoutRank({ ...application, status: 'selected', promotedAt: now.toISOString() })
          : application,
      ),
    );
    return eventOf(MissionDelegatePromoted, { mission: next, applicationId, replacingApplicationId });
  });
}

export interface SelectionDecision {
  selected: string[];
  /** In promotion order: the first is promoted first. */
  reserve: string[];
  rejected: string[];
}

/**
 * Decides every live (not withdrawn) application at once: each one in exactly one list, no more
 * selected than the mission's capacity. Revisable until the selection is published. On a call
 * still open past its cut-off, the closure is recorded first, in the same write.
 */
export function decideSelection(state: MissionState, decision: SelectionDecision, now: Date): Change<MissionState> {
  const closed = closeIfCutOffPassed(state, now);
  return andThen(closed, (current) => {
    if (current.status === 'call-open') {
      throw new DomainConflictError(
        `cannot decide the selection of mission ${current.missionId}: its call is open until the end of ${current.callCutOff} (UTC); close the call first`,
      );
    }
    requireStatus(current, ['call-closed'], 'decide the selection of');
    assertCoversEveryApplication(current, decision);
    if (decision.selected.length > current.capacity) {
      throw new DomainConflictError(
        `cannot select ${decision.selected.length} delegates: mission ${current.missionId} has a capacity of ${current.capacity}; put the others on the reserve list`,
      );
    }
    const outcome = new Map<string, Pick<MissionApplicationV1, 'status' | 'reserveRank'>>();
    decision.selected.forEach((id) => outcome.set(id, { status: 'selected' }));
    decision.reserve.forEach((id, index) => outcome.set(id, { status: 'reserve', reserveRank: index + 1 }));
    decision.rejected.forEach((id) => outcome.set(id, { status: 'rejected' }));
    return step(current, now, (next) => {
      next.selectionDecidedAt = now.toISOString();
      next.applications = next.applications.map((application) => {
        const decided = outcome.get(application.applicationId);
        if (decided === undefined) return application;
        const { reserveRank: _rank, promotedAt: _promoted, ...rest } = application;
        return { ...rest, ...decided, decidedAt: now.toISOString() };
      });
      return eventOf(MissionSelectionDecided, { mission: next });
    });
  });
}

export function publishSelection(state: MissionState, now: Date): Change<MissionState> {
  requireStatus(state, ['call-closed'], 'publish the selection of');
  if (state.selectionDecidedAt === undefined) {
    throw new DomainConflictError(`cannot publish the selection of mission ${state.missionId}: no selection has been decided yet`);
  }
  return step(state, now, (next) => {
    next.status = 'selection-published';
    next.selectionPublishedAt = now.toISOString();
    return eventOf(MissionSelectionPublished, { mission: next });
  });
}

export interface LocalProjectOwnerInput {
  ownerId: string;
  name: string;
  organisationId?: string;
  projectDescription: string;
  needs: string[];
  contactPerson: LocalProjectContactV1;
  addedBy: string;
}

export function addLocalProjectOwner(state: MissionState, input: LocalProjectOwnerInput, now: Date): Change<MissionState> {
  requireNotFinal(state, 'add a local project owner to');
  if (state.localProjectOwners.length >= MAX_LOCAL_PROJECT_OWNERS) {
    throw new DomainConflictError(`mission ${state.missionId} already lists the maximum of ${MAX_LOCAL_PROJECT_OWNERS} local project owners`);
  }
  return step(state, now, (next) => {
    const owner: LocalProjectOwnerV1 = withoutUndefined({
      ...input,
      needs: [...new Set(input.needs)],
      contactPerson: withoutUndefined({ ...input.contactPerson }),
      addedAt: now.toISOString(),
    });
    next.localProjectOwners = [...next.localProjectOwners, owner];
    return eventOf(MissionLocalProjectOwnerAdded, { mission: next, ownerId: input.ownerId });
  });
}

export function removeLocalProjectOwner(state: MissionState, ownerId: string, now: Date): Change<MissionState> {
  requireNotFinal(state, 'remove a local project owner from');
  const owner = state.localProjectOwners.find((candidate) => candidate.ownerId === ownerId);
  if (owner === undefined) throw new DomainConflictError(`mission ${state.missionId} has no local project owner ${ownerId}`);
  return step(state, now, (next) => {
    next.localProjectOwners = next.localProjectOwners.filter((candidate) => candidate.ownerId !== ownerId);
    return eventOf(MissionLocalProjectOwnerRemoved, { mission: next, owner });
  });
}

export function cancelMission(state: MissionState, reason: string | undefined, now: Date): Change<MissionState> {
  requireNotFinal(state, 'cancel');
  return step(state, now, (next) => {
    next.status = 'cancelled';
    next.cancelledAt = now.toISOString();
    if (reason !== undefined) next.cancellationReason = reason;
    return eventOf(MissionCancelled, { mission: next });
  });
}

export function completeMission(state: MissionState, now: Date): Change<MissionState> {
  requireStatus(state, ['selection-published'], 'complete');
  if (!hasStarted(state.from, now)) {
    throw new DomainConflictError(`cannot complete mission ${state.missionId}: it starts on ${state.from} and has not taken place yet`);
  }
  return step(state, now, (next) => {
    next.status = 'completed';
    next.completedAt = now.toISOString();
    return eventOf(MissionCompleted, { mission: next });
  });
}

/** Whether an organisation could apply right now: the call is open and its cut-off has not passed. */
export function isAcceptingApplications(state: MissionState, now: Date): boolean {
  return state.status === 'call-open' && !cutOffHasPassed(state.callCutOff, now);
}

/** Throws when the mission has no such application; callers check first to answer 404. */
export function applicationOf(state: MissionState, applicationId: string): MissionApplicationV1 {
  const application = state.applications.find((candidate) => candidate.applicationId === applicationId);
  if (application === undefined) throw new DomainConflictError(`mission ${state.missionId} has no application ${applicationId}`);
  return application;
}

/** A call still open past its cut-off is closed (callClosedBy: cut-off); otherwise nothing changes. */
function closeIfCutOffPassed(state: MissionState, now: Date): Change<MissionState> {
  if (state.status === 'call-open' && cutOffHasPassed(state.callCutOff, now)) return recordCallClosed(state, 'cut-off', now);
  // No events: a part of a change (see andThen), never committed on its own.
  return { state, events: [] };
}

function recordCallClosed(state: MissionState, by: MissionCallCloser, now: Date): Change<MissionState> {
  return step(state, now, (next) => {
    next.status = 'call-closed';
    next.callClosedAt = now.toISOString();
    next.callClosedBy = by;
    return eventOf(MissionCallClosed, { mission: next });
  });
}

function assertCoversEveryApplication(state: MissionState, decision: SelectionDecision): void {
  const live = new Set(state.applications.filter((application) => application.status !== 'withdrawn').map((application) => application.applicationId));
  const seen = new Map<string, string>();
  for (const list of ['selected', 'reserve', 'rejected'] as const) {
    for (const applicationId of decision[list]) {
      if (!live.has(applicationId)) {
        throw new DomainValidationError(list, `${applicationId} is not a live application of mission ${state.missionId} (unknown or withdrawn)`);
      }
      const earlier = seen.get(applicationId);
      if (earlier !== undefined) {
        throw new DomainValidationError(list, `application ${applicationId} is already listed in ${earlier}; decide each application once`);
      }
      seen.set(applicationId, list);
    }
  }
  const undecided = [...live].filter((applicationId) => !seen.has(applicationId));
  if (undecided.length > 0) {
    throw new DomainValidationError('rejected', `every application must be decided; list the remaining ones here or in another list: ${undecided.join(', ')}`);
  }
}

/** Renumbers the reserve list 1..n in its current order, closing the gaps left by departures. */
function rankReserves(applications: MissionApplicationV1[]): MissionApplicationV1[] {
  const reserves = applications
    .filter((application) => application.status === 'reserve')
    .sort((a, b) => (a.reserveRank ?? Number.MAX_SAFE_INTEGER) - (b.reserveRank ?? Number.MAX_SAFE_INTEGER));
  const rankOf = new Map(reserves.map((application, index) => [application.applicationId, index + 1]));
  return applications.map((application) => {
    const rank = rankOf.get(application.applicationId);
    return rank === undefined ? application : { ...application, reserveRank: rank };
  });
}

function withoutRank(application: MissionApplicationV1): MissionApplicationV1 {
  const { reserveRank: _rank, ...rest } = application;
  return rest;
}

function requireStatus(state: MissionState, allowed: readonly MissionStatus[], action: string): void {
  if (!allowed.includes(state.status)) {
    throw new DomainConflictError(`cannot ${action} mission ${state.missionId}: it is ${state.status}, only ${allowed.join(' or ')} missions allow it`);
  }
}

function requireNotFinal(state: MissionState, action: string): void {
  if (FINAL_STATUSES.includes(state.status)) {
    throw new DomainConflictError(`cannot ${action} mission ${state.missionId}: it is ${state.status}`);
  }
}

/** Every change gets the next version; the event recording it carries that version as its sequence. */
function step(state: MissionState, now: Date, apply: (next: MissionState) => DomainEvent): Change<MissionState> {
  const next: MissionState = { ...state, version: state.version + 1, updatedAt: now.toISOString() };
  const event = apply(next);
  return changeOf(next, event);
}
