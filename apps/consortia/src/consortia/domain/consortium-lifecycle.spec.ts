import { DomainConflictError, DomainValidationError } from '@icn/platform';
import type { ConsortiumState } from './consortium';
import {
  createConsortium,
  grantConsortium,
  rejectConsortium,
  reserveListConsortium,
  startDrafting,
  submissionBlockers,
  submitConsortium,
  withdrawConsortium,
} from './consortium-lifecycle';
import { updateSection } from './consortium-workspace';
import { aConsortium, aProfile, DEADLINE, fivePartnerConsortium, NOW, onlyEventOf, someRules } from '../testing/consortium.fixtures';

const LATER = new Date(NOW.getTime() + 60_000);

function allSectionsDone(state: ConsortiumState): ConsortiumState {
  return state.sections.reduce((current, section) => updateSection(current, section.key, { status: 'done' }, NOW).state, state);
}

function readyToSubmit(): ConsortiumState {
  return allSectionsDone(startDrafting(fivePartnerConsortium().state, NOW).state);
}

describe('consortium lifecycle', () => {
  it('creates a forming consortium with the lead as coordinator and the four default sections', () => {
    const lead = aProfile({ name: 'CLEAN Lead' });
    const change = createConsortium(
      {
        consortiumId: 'c-1',
        title: 'CLUSTER-GO',
        call: { source: 'manual', programme: 'COSME', topic: 'Go International', deadline: DEADLINE },
        rules: someRules({ requiredHelixTypes: ['research-institution', 'company', 'company'] }),
        lead,
        createdBy: 'lead-subject',
      },
      NOW,
    );
    const { state } = change;
    const event = onlyEventOf(change);
    expect(state).toMatchObject({ status: 'forming', version: 1, coordinatorOrganisationId: lead.organisationId });
    expect(state.members).toEqual([expect.objectContaining({ organisationId: lead.organisationId, role: 'coordinator' })]);
    expect(state.rules.requiredHelixTypes).toEqual(['company', 'research-institution']);
    // Due a week before the deadline, owned by the coordinator until handed out.
    expect(state.sections).toEqual(
      ['excellence', 'impact', 'implementation', 'budget'].map((key) => expect.objectContaining({ key, status: 'todo', ownerOrganisationId: lead.organisationId, dueDate: '2027-04-20' })),
    );
    expect(event.definition.type).toBe('org.icn.consortia.consortium.created.v1');
    expect(event.data).toEqual({ consortium: state });
  });

  it('refuses a call that already closed and rules whose maximum is below the minimum (400 naming the field)', () => {
    const input = { consortiumId: 'c', title: 't', lead: aProfile(), createdBy: 's' };
    const closed = () =>
      createConsortium({ ...input, call: { source: 'manual', programme: 'P', topic: 'T', deadline: '2027-01-01T00:00:00.000Z' }, rules: someRules() }, NOW);
    expect(closed).toThrow(DomainValidationError);
    expect(closed).toThrow(/call.deadline/);
    const inverted = () => createConsortium({ ...input, call: { source: 'manual', programme: 'P', topic: 'T', deadline: DEADLINE }, rules: someRules({ minPartners: 5, maxPartners: 3 }) }, NOW);
    expect(inverted).toThrow(/rules.maxPartners/);
  });

  it('refuses submission while forming, then lists everything missing, then submits', () => {
    const forming = fivePartnerConsortium().state;
    expect(() => submitConsortium(forming, NOW)).toThrow('start drafting first');

    const lonely = startDrafting(aConsortium(aProfile({ country: 'DK' })), NOW).state;
    expect(submissionBlockers(lonely, NOW)).toEqual([
      'needs at least 2 more partners (1 of 3)',
      'needs 2 more countries (1 of 3: DK)',
      'needs a research institution',
      'section excellence is todo',
      'section impact is todo',
      'section implementation is todo',
      'section budget is todo',
    ]);
    expect(() => submitConsortium(lonely, NOW)).toThrow(DomainConflictError);
    expect(() => submitConsortium(lonely, NOW)).toThrow(/needs a research institution; .*section budget is todo/);

    const change = submitConsortium(readyToSubmit(), LATER);
    const { state } = change;
    const event = onlyEventOf(change);
    expect(state).toMatchObject({ status: 'submitted', submittedAt: LATER.toISOString() });
    expect(event.definition.type).toBe('org.icn.consortia.consortium.submitted.v1');
  });

  it('refuses submission after the call closed, unless the call was extended', () => {
    const afterDeadline = new Date('2027-05-01T00:00:00.000Z');
    expect(() => submitConsortium(readyToSubmit(), afterDeadline)).toThrow(`the call closed on ${DEADLINE}`);
    const extended = '2027-05-15T17:00:00.000Z';
    expect(submitConsortium(readyToSubmit(), afterDeadline, extended).state.call.deadline).toBe(extended);
  });

  it('grants 450,000 EUR split across five partners, versions and events following', () => {
    const submitted = submitConsortium(readyToSubmit(), NOW).state;
    const shares = submitted.members.map((member) => ({ organisationId: member.organisationId, amountEur: 90_000 }));
    const change = grantConsortium(submitted, { totalEur: 450_000, shares }, LATER);
    const { state } = change;
    const event = onlyEventOf(change);
    expect(state).toMatchObject({ status: 'granted', grant: { totalEur: 450_000, shares }, closedAt: LATER.toISOString(), version: submitted.version + 1 });
    expect(event.definition.type).toBe('org.icn.consortia.consortium.granted.v1');
    expect(() => grantConsortium(state, { totalEur: 450_000, shares }, LATER)).toThrow('is granted, only submitted or reserve-list consortia allow it');
  });

  it('promotes a reserve-listed consortium to granted, or rejects it with feedback', () => {
    const reserve = reserveListConsortium(submitConsortium(readyToSubmit(), NOW).state, NOW).state;
    expect(reserve.status).toBe('reserve-list');
    const lead = reserve.members[0]!;
    expect(grantConsortium(reserve, { totalEur: 100, shares: [{ organisationId: lead.organisationId, amountEur: 100 }] }, LATER).state.status).toBe('granted');
    const rejected = rejectConsortium(reserve, 'Budget ran out', LATER).state;
    expect(rejected).toMatchObject({ status: 'rejected', feedback: 'Budget ran out' });
    expect(() => reserveListConsortium(reserve, LATER)).toThrow(DomainConflictError);
  });

  it('withdraws before an outcome only', () => {
    expect(withdrawConsortium(aConsortium(), 'Partner lost', NOW).state).toMatchObject({ status: 'withdrawn', withdrawalReason: 'Partner lost' });
    expect(withdrawConsortium(submitConsortium(readyToSubmit(), NOW).state, undefined, NOW).state.status).toBe('withdrawn');
    const reserve = reserveListConsortium(submitConsortium(readyToSubmit(), NOW).state, NOW).state;
    expect(() => withdrawConsortium(reserve, undefined, NOW)).toThrow('cannot withdraw');
  });

  it('never mutates the state it was given', () => {
    const before = aConsortium();
    const copy = structuredClone(before);
    startDrafting(before, NOW);
    expect(before).toEqual(copy);
  });
});
