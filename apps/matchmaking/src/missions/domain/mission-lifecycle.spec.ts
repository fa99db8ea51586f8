import { DomainConflictError, DomainValidationError } from '@icn/platform';
import {
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
  validatePayload,
  type EventDefinition,
} from '@icn/contracts';
import {
  AFTER_CUT_OFF,
  aDraftMission,
  aMissionInput,
  anApplication,
  anOpenMission,
  anOpenMissionWithApplications,
  NOW,
} from '../testing/mission.fixtures';
import type { MissionState } from './mission';
import { expectedVersionAfter, type Change } from '@icn/messaging';
import {
  addLocalProjectOwner,
  cancelMission,
  closeCall,
  completeMission,
  createMission,
  decideSelection,
  openCall,
  publishSelection,
  removeLocalProjectOwner,
  submitApplication,
  withdrawApplication,
} from './mission-lifecycle';
import { toMissionParticipants } from './mission-participants.mapper';

const LATER = new Date(NOW.getTime() + 60_000);

function statusOf(mission: MissionState, applicationId: string): { status: string; reserveRank?: number } {
  const application = mission.applications.find((candidate) => candidate.applicationId === applicationId);
  if (application === undefined) throw new Error(`no application ${applicationId}`);
  return application.reserveRank === undefined ? { status: application.status } : { status: application.status, reserveRank: application.reserveRank };
}

function expectValidEvents(change: Change<MissionState>, definitions: EventDefinition[]): void {
  expect(change.events.map((event) => event.definition)).toEqual(definitions);
  for (const event of change.events) {
    const result = validatePayload(event.definition.payload, event.data);
    expect(result).toEqual(expect.objectContaining({ ok: true }));
  }
}

/** Five applications decided: #0 and #1 selected (capacity 2), #2 then #3 on the reserve list, #4 rejected. */
function aDecidedMission(): { mission: MissionState; ids: string[] } {
  const { mission, ids } = anOpenMissionWithApplications(5);
  const closed = closeCall(mission, LATER).state;
  const [a, b, c, d, e] = ids as [string, string, string, string, string];
  const decided = decideSelection(closed, { selected: [a, b], reserve: [c, d], rejected: [e] }, LATER).state;
  return { mission: decided, ids };
}

describe('Mission lifecycle', () => {
  it('creates a draft as version 1 with a valid event, canonicalising the time zone', () => {
    const change = createMission(aMissionInput({ timeZone: 'america/new_york' }), NOW);
    expect(change.state).toMatchObject({ status: 'draft', version: 1, timeZone: 'America/New_York', applications: [], localProjectOwners: [] });
    expect(expectedVersionAfter(0, change)).toBe(change.state.version);
    expectValidEvents(change, [MissionCreated]);
  });

  it('refuses bad dates and time zones, naming the field', () => {
    const refused = (overrides: Parameters<typeof aMissionInput>[0], field: string) =>
      expect(() => createMission(aMissionInput(overrides), NOW)).toThrow(expect.objectContaining({ field }) as DomainValidationError);
    refused({ timeZone: 'Mars/Olympus_Mons' }, 'timeZone');
    refused({ from: '2026-11-28' }, 'from');
    refused({ to: '2027-05-09' }, 'to');
    refused({ to: '2027-07-01' }, 'to');
    refused({ callCutOff: '2027-05-10' }, 'callCutOff');
    refused({ callCutOff: '2026-11-27' }, 'callCutOff');
    refused({ from: '2027-02-30' }, 'from');
  });

  it('opens the call from draft only, and not once the cut-off has passed', () => {
    const opened = openCall(aDraftMission(), NOW);
    expect(opened.state).toMatchObject({ status: 'call-open', version: 2 });
    expectValidEvents(opened, [MissionCallOpened]);
    expect(() => openCall(opened.state, NOW)).toThrow('it is call-open, only draft missions allow it');
    expect(() => openCall(aDraftMission(), AFTER_CUT_OFF)).toThrow('its cut-off 2027-03-31 (end of day, UTC) has passed');
  });

  it('takes one application per organisation, and none after the cut-off (naming the date)', () => {
    const mission = anOpenMission();
    const application = anApplication();
    const applied = submitApplication(mission, application, NOW);
    expectValidEvents(applied, [MissionApplicationSubmitted]);
    expect(applied.state.applications).toEqual([expect.objectContaining({ applicationId: application.applicationId, status: 'submitted' })]);
    expect(() => submitApplication(applied.state, { ...anApplication(), organisationId: application.organisationId }, NOW)).toThrow(DomainConflictError);
    expect(() => submitApplication(mission, anApplication(), new Date('2027-03-31T23:59:59.999Z'))).not.toThrow();
    expect(() => submitApplication(mission, anApplication(), AFTER_CUT_OFF)).toThrow('the call closed at its cut-off, 2027-03-31 (end of day, UTC)');
    expect(() => submitApplication(aDraftMission(), anApplication(), NOW)).toThrow('it is draft');
  });

  it('records who closed the call: the organiser before the cut-off, the cut-off after it', () => {
    expect(closeCall(anOpenMission(), LATER).state).toMatchObject({ status: 'call-closed', callClosedBy: 'organiser' });
    const late = closeCall(anOpenMission(), AFTER_CUT_OFF);
    expectValidEvents(late, [MissionCallClosed]);
    expect(late.state.callClosedBy).toBe('cut-off');
    expect(() => closeCall(late.state, AFTER_CUT_OFF)).toThrow('it is call-closed, only call-open missions allow it');
  });

  it('does not decide while the call is open before its cut-off', () => {
    const { mission, ids } = anOpenMissionWithApplications(1);
    expect(() => decideSelection(mission, { selected: ids, reserve: [], rejected: [] }, LATER)).toThrow('close the call first');
  });

  it('records the cut-off closure as its own event when the selection is decided after it', () => {
    const { mission, ids } = anOpenMissionWithApplications(1);
    const decided = decideSelection(mission, { selected: ids, reserve: [], rejected: [] }, AFTER_CUT_OFF);
    expectValidEvents(decided, [MissionCallClosed, MissionSelectionDecided]);
    expect(decided.events).toHaveLength(2);
    expect(expectedVersionAfter(mission.version, decided)).toBe(decided.state.version);
    expect(decided.state).toMatchObject({ status: 'call-closed', callClosedBy: 'cut-off', version: mission.version + 2 });
  });

  it('decides selected / ordered reserve / rejected, within capacity', () => {
    const { mission, ids } = aDecidedMission();
    const [a, b, c, d, e] = ids as [string, string, string, string, string];
    expect(statusOf(mission, a)).toEqual({ status: 'selected' });
    expect(statusOf(mission, b)).toEqual({ status: 'selected' });
    expect(statusOf(mission, c)).toEqual({ status: 'reserve', reserveRank: 1 });
    expect(statusOf(mission, d)).toEqual({ status: 'reserve', reserveRank: 2 });
    expect(statusOf(mission, e)).toEqual({ status: 'rejected' });
    // Revisable until published: the reserve order can be swapped.
    const revised = decideSelection(mission, { selected: [a, b], reserve: [d, c], rejected: [e] }, LATER).state;
    expect(statusOf(revised, d)).toEqual({ status: 'reserve', reserveRank: 1 });
    expect(statusOf(revised, c)).toEqual({ status: 'reserve', reserveRank: 2 });
  });

  it('refuses more selected than the capacity with a 409 saying so', () => {
    const { mission, ids } = anOpenMissionWithApplications(3);
    const closed = closeCall(mission, LATER).state;
    expect(() => decideSelection(closed, { selected: ids, reserve: [], rejected: [] }, LATER)).toThrow(
      'cannot select 3 delegates: mission ' + closed.missionId + ' has a capacity of 2',
    );
  });

  it('requires every live application decided exactly once, naming the list', () => {
    const { mission, ids } = anOpenMissionWithApplications(3);
    const closed = closeCall(mission, LATER).state;
    const [a, b, c] = ids as [string, string, string];
    const field = (decision: { selected: string[]; reserve: string[]; rejected: string[] }) => {
      try {
        decideSelection(closed, decision, LATER);
      } catch (error) {
        return error instanceof DomainValidationError ? error.field : 'not a validation error';
      }
      return 'accepted';
    };
    expect(field({ selected: [a], reserve: [b], rejected: [] })).toBe('rejected');
    expect(field({ selected: [a], reserve: [a], rejected: [b, c] })).toBe('reserve');
    expect(field({ selected: [a, '00000000-0000-4000-8000-000000000000'], reserve: [b], rejected: [c] })).toBe('selected');
    expect(field({ selected: [a], reserve: [b], rejected: [c] })).toBe('accepted');
  });

  it('promotes reserve #1 in the same change when a selected delegate withdraws, as its own event', () => {
    const { mission, ids } = aDecidedMission();
    const [a, b, c, d] = ids as [string, string, string, string];
    const withdrawn = withdrawApplication(mission, a, LATER);
    expectValidEvents(withdrawn, [MissionApplicationWithdrawn, MissionDelegatePromoted]);
    expect(withdrawn.events).toHaveLength(2);
    expect(expectedVersionAfter(mission.version, withdrawn)).toBe(withdrawn.state.version);
    expect(withdrawn.events[1]?.data).toMatchObject({ applicationId: c, replacingApplicationId: a });
    expect(statusOf(withdrawn.state, a)).toEqual({ status: 'withdrawn' });
    expect(statusOf(withdrawn.state, c)).toEqual({ status: 'selected' });
    expect(statusOf(withdrawn.state, d)).toEqual({ status: 'reserve', reserveRank: 1 });
    expect(toMissionParticipants(withdrawn.state).selectedDelegates.map((delegate) => delegate.name).sort()).toEqual(['Applicant 2', 'Applicant 3']);

    // Next withdrawal of a selected one promotes the next reserve; then the list is empty.
    const again = withdrawApplication(withdrawn.state, b, LATER);
    expect(statusOf(again.state, d)).toEqual({ status: 'selected' });
    const last = withdrawApplication(again.state, c, LATER);
    expectValidEvents(last, [MissionApplicationWithdrawn]);
    expect(last.state.applications.filter((application) => application.status === 'selected')).toHaveLength(1);
  });

  it('promotes after publication too, and moves the reserves up when a reserve withdraws', () => {
    const { mission, ids } = aDecidedMission();
    const [a, , c, d] = ids as [string, string, string, string];
    const published = publishSelection(mission, LATER);
    expectValidEvents(published, [MissionSelectionPublished]);
    const reserveLeaves = withdrawApplication(published.state, c, LATER);
    expectValidEvents(reserveLeaves, [MissionApplicationWithdrawn]);
    expect(statusOf(reserveLeaves.state, d)).toEqual({ status: 'reserve', reserveRank: 1 });
    const delegateLeaves = withdrawApplication(reserveLeaves.state, a, LATER);
    expectValidEvents(delegateLeaves, [MissionApplicationWithdrawn, MissionDelegatePromoted]);
    expect(statusOf(delegateLeaves.state, d)).toEqual({ status: 'selected' });
    expect(delegateLeaves.state.status).toBe('selection-published');
  });

  it('refuses to withdraw twice or a rejected application', () => {
    const { mission, ids } = aDecidedMission();
    const [a, , , , e] = ids as [string, string, string, string, string];
    const withdrawn = withdrawApplication(mission, a, LATER).state;
    expect(() => withdrawApplication(withdrawn, a, LATER)).toThrow('it is withdrawn');
    expect(() => withdrawApplication(withdrawn, e, LATER)).toThrow('it is rejected');
  });

  it('publishes only a decided selection, from call-closed', () => {
    const { mission } = anOpenMissionWithApplications(1);
    expect(() => publishSelection(mission, LATER)).toThrow('it is call-open');
    expect(() => publishSelection(closeCall(mission, LATER).state, LATER)).toThrow('no selection has been decided yet');
    const published = publishSelection(aDecidedMission().mission, LATER).state;
    expect(() => decideSelection(published, { selected: [], reserve: [], rejected: [] }, LATER)).toThrow('it is selection-published');
  });

  it('adds and removes local project owners, and keeps the removed one in the event', () => {
    const mission = aDraftMission();
    const contactPerson = { name: 'Maria Lopez', email: 'maria@dcas.example.gov' };
    const added = addLocalProjectOwner(
      mission,
      { ownerId: '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f', name: 'NYC DCAS', projectDescription: 'Retrofit 200 schools', needs: ['heat pumps', 'heat pumps'], contactPerson, addedBy: 'host' },
      LATER,
    );
    expectValidEvents(added, [MissionLocalProjectOwnerAdded]);
    expect(added.state.localProjectOwners).toEqual([expect.objectContaining({ name: 'NYC DCAS', needs: ['heat pumps'], contactPerson })]);
    expect(added.state.localProjectOwners[0]).not.toHaveProperty('organisationId');
    const removed = removeLocalProjectOwner(added.state, '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f', LATER);
    expectValidEvents(removed, [MissionLocalProjectOwnerRemoved]);
    expect(removed.state.localProjectOwners).toEqual([]);
    expect(removed.events[0]?.data).toMatchObject({ owner: { name: 'NYC DCAS' } });
  });

  it('cancels from every non-final state, and is final', () => {
    const cancelled = cancelMission(aDecidedMission().mission, 'Travel ban', LATER);
    expectValidEvents(cancelled, [MissionCancelled]);
    expect(cancelled.state).toMatchObject({ status: 'cancelled', cancellationReason: 'Travel ban' });
    expect(() => cancelMission(cancelled.state, undefined, LATER)).toThrow('it is cancelled');
    expect(() => openCall(cancelled.state, LATER)).toThrow(DomainConflictError);
    expect(() => addLocalProjectOwner(cancelled.state, { ownerId: 'x', name: 'x', projectDescription: 'x', needs: [], contactPerson: { name: 'x', email: 'x@y.z' }, addedBy: 'x' }, LATER)).toThrow('it is cancelled');
  });

  it('completes a published mission once it has started', () => {
    const published = publishSelection(aDecidedMission().mission, LATER).state;
    expect(() => completeMission(published, LATER)).toThrow('has not taken place yet');
    const completed = completeMission(published, new Date('2027-05-14T18:00:00.000Z'));
    expectValidEvents(completed, [MissionCompleted]);
    expect(completed.state.status).toBe('completed');
    expect(() => withdrawApplication(completed.state, published.applications[0]?.applicationId ?? '', LATER)).toThrow('it is completed');
  });

  it('exposes the participants the agenda needs: selected delegates and owners only', () => {
    const { mission, ids } = aDecidedMission();
    const participants = toMissionParticipants(mission);
    expect(participants).toMatchObject({ missionId: mission.missionId, organiserClusterId: 'clean', hostClusterId: 'nyc-cleantech', timeZone: 'America/New_York', from: '2027-05-10', to: '2027-05-14' });
    expect(participants.selectedDelegates.map((delegate) => delegate.organisationId)).toEqual(
      ids.slice(0, 2).map((id) => mission.applications.find((application) => application.applicationId === id)?.organisationId),
    );
  });
});
