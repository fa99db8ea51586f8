import { APPLICATION_OUTCOMES, APPLICATION_STATUSES, type ApplicationStatus, type EventDefinition } from '@icn/contracts';
import type { Change } from '@icn/messaging';
import { DomainConflictError, DomainValidationError } from '@icn/platform';
import {
  ApplicationAnswersUpdated,
  ApplicationDrafted,
  ApplicationEndorsed,
  ApplicationForwarded,
  ApplicationOutcomeRecorded,
  ApplicationReturned,
  ApplicationSubmitted,
  ApplicationWithdrawn,
} from '@icn/contracts';
import { aProgramme, anApplicant, NOW, onlyValidEventOf } from '../testing/network.fixtures';
import type { ApplicationState } from './application';
import {
  draftApplication,
  endorseApplication,
  forwardApplication,
  recordOutcome,
  returnApplication,
  submitApplication,
  updateAnswers,
  withdrawApplication,
} from './application-lifecycle';

const programme = aProgramme();
const applicant = anApplicant();
const LATER = new Date(NOW.getTime() + 60_000);
const complete = [
  { requirementKey: 'solution-summary', text: 'Large heat pumps.' },
  { requirementKey: 'references', text: 'Aarhus, Oslo.' },
];

function drafted(answers = complete): ApplicationState {
  return draftApplication({ applicationId: '2f1c7a4e-8b0d-4c8e-9f6a-1d2e3f4a5b6c', programme, applicant, answers, createdBy: 'member-1' }, NOW).state;
}

/** A fully answered application in `status` (how it got there is not what these rows are about). */
function inStatus(status: ApplicationStatus): ApplicationState {
  return { ...drafted(), status };
}

interface Transition {
  name: string;
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  event: EventDefinition<{ application: ApplicationState }>;
  reason: RegExp;
  apply(current: ApplicationState): Change<ApplicationState> | null;
}

// Every transition with the statuses it starts from; every other status is a 409 that says which it is and why.
const TRANSITIONS: Transition[] = [
  {
    name: 'change answers', from: ['draft', 'returned'], to: 'draft', event: ApplicationAnswersUpdated, reason: /only a draft or returned application can change its answers/,
    apply: (current) => updateAnswers(current, programme, [{ requirementKey: 'references', text: 'Aarhus (pilot), Oslo.' }], LATER),
  },
  { name: 'submit', from: ['draft', 'returned'], to: 'submitted', event: ApplicationSubmitted, reason: /only a draft or returned application can be submitted/, apply: (current) => submitApplication(current, programme, LATER) },
  { name: 'return', from: ['submitted'], to: 'returned', event: ApplicationReturned, reason: /only a submitted application can be returned/, apply: (current) => returnApplication(current, 'Name the pilot city.', 'manager-1', LATER) },
  { name: 'endorse', from: ['submitted'], to: 'endorsed', event: ApplicationEndorsed, reason: /only a submitted application can be endorsed/, apply: (current) => endorseApplication(current, undefined, 'manager-1', LATER) },
  { name: 'forward', from: ['endorsed'], to: 'forwarded', event: ApplicationForwarded, reason: /only a endorsed application can be forwarded \(it needs its cluster manager’s endorsement first\)/, apply: (current) => forwardApplication(current, undefined, 'secretariat', LATER) },
  { name: 'record an outcome', from: ['forwarded'], to: 'accepted', event: ApplicationOutcomeRecorded, reason: /only a forwarded application can get an outcome/, apply: (current) => recordOutcome(current, 'accepted', undefined, 'secretariat', LATER) },
  { name: 'withdraw', from: ['draft', 'submitted', 'returned', 'endorsed'], to: 'withdrawn', event: ApplicationWithdrawn, reason: /can be withdrawn \(forwarded applications are the partner’s to answer\)/, apply: (current) => withdrawApplication(current, LATER) },
];

function thrownBy(attempt: () => unknown): unknown {
  try {
    attempt();
  } catch (error) {
    return error;
  }
  throw new Error('expected it to throw');
}

describe('application lifecycle', () => {
  describe('drafting', () => {
    it('drafts for an eligible organisation while the call is open: version 1, answers sorted by key, a valid ApplicationDrafted', () => {
      const change = draftApplication({ applicationId: 'a1', programme, applicant, answers: complete, createdBy: 'member-1' }, NOW);
      expect(change.state).toMatchObject({
        status: 'draft',
        version: 1,
        programmeId: programme.programmeId,
        partnerId: programme.partnerId,
        organisationId: applicant.organisationId,
        clusterId: applicant.clusterId,
        answers: [complete[1], complete[0]],
        comments: [],
        createdAt: NOW.toISOString(),
      });
      // The contract's id format is a UUID: a real one for the event check.
      expect(onlyValidEventOf(draftApplication({ applicationId: '2f1c7a4e-8b0d-4c8e-9f6a-1d2e3f4a5b6c', programme, applicant, answers: [], createdBy: 'member-1' }, NOW)).definition).toBe(ApplicationDrafted);
    });

    it.each([
      ['before the call opens', new Date('2027-01-14T23:59:59.000Z'), /call opens at 2027-01-15T00:00:00.000Z/],
      ['when the call has closed', new Date('2027-03-31T17:00:00.000Z'), /call closed at 2027-03-31T17:00:00.000Z/],
    ])('refuses a draft %s (409 saying when)', (_when, at, reason) => {
      expect(() => draftApplication({ applicationId: 'a1', programme, applicant, answers: [], createdBy: 'm' }, at)).toThrow(DomainConflictError);
      expect(() => draftApplication({ applicationId: 'a1', programme, applicant, answers: [], createdBy: 'm' }, at)).toThrow(reason);
    });

    it('refuses an ineligible organisation, naming every unmet condition (409)', () => {
      const city = anApplicant({ name: 'North City', helixType: 'public-authority', sectors: ['water'] });
      const draft = () => draftApplication({ applicationId: 'a1', programme, applicant: city, answers: [], createdBy: 'm' }, NOW);
      expect(draft).toThrow(DomainConflictError);
      expect(draft).toThrow(/^North City is not eligible for C40 city solutions platform: no sector in common with the programme's \(energy-efficiency, smart-cities\); helix type public-authority is not among the programme's \(company\)$/);
    });

    it.each([
      ['an answer to no requirement', [{ requirementKey: 'pitch', text: 'x' }], 'answers.0.requirementKey', /has no requirement pitch \(it asks for: solution-summary, references\)/],
      ['a requirement answered twice', [complete[0], complete[0]], 'answers.1.requirementKey', /solution-summary is answered twice/],
    ])('refuses %s as bad input (400 naming the answer)', (_label, answers, field, reason) => {
      const draft = () => draftApplication({ applicationId: 'a1', programme, applicant, answers: answers as typeof complete, createdBy: 'm' }, NOW);
      expect(draft).toThrow(DomainValidationError);
      expect(draft).toThrow(reason);
      expect(thrownBy(draft)).toMatchObject({ field });
    });
  });

  describe.each(TRANSITIONS)('$name', (transition) => {
    it.each(transition.from)(`from %s: the next status, one version more, a valid event`, (status) => {
      const current = inStatus(status);
      const change = transition.apply(current);
      if (change === null) throw new Error('expected a change');
      const expectedStatus = transition.name === 'change answers' ? status : transition.to;
      expect(change.state).toMatchObject({ status: expectedStatus, version: current.version + 1, updatedAt: LATER.toISOString(), createdAt: current.createdAt });
      expect(onlyValidEventOf(change).definition).toBe(transition.event);
    });

    it.each(APPLICATION_STATUSES.filter((status) => !transition.from.includes(status)))(`from %s: refused with a 409 naming the status`, (status) => {
      const attempt = () => transition.apply(inStatus(status));
      expect(attempt).toThrow(DomainConflictError);
      expect(attempt).toThrow(new RegExp(`is ${status}; `));
      expect(attempt).toThrow(transition.reason);
    });
  });

  it('submits only with every requirement answered, naming the missing ones (409)', () => {
    const partial = drafted([complete[0] as (typeof complete)[number]]);
    expect(() => submitApplication(partial, programme, LATER)).toThrow(DomainConflictError);
    expect(() => submitApplication(partial, programme, LATER)).toThrow(/does not answer references \(City references\)$/);
    const submitted = submitApplication(drafted(), programme, LATER);
    expect(submitted.state).toMatchObject({ status: 'submitted', submittedAt: LATER.toISOString() });
  });

  it('submits only while the call is open, a returned application too (409)', () => {
    const afterClose = new Date('2027-04-01T00:00:00.000Z');
    expect(() => submitApplication(inStatus('returned'), programme, afterClose)).toThrow(/call closed at/);
  });

  it('an answer change that changes nothing is no change (no event); one that does keeps the other answers', () => {
    const current = drafted();
    expect(updateAnswers(current, programme, [complete[0] as (typeof complete)[number]], LATER)).toBeNull();
    const changed = updateAnswers(current, programme, [{ requirementKey: 'references', text: 'Bergen.' }], LATER);
    expect(changed?.state.answers).toEqual([{ requirementKey: 'references', text: 'Bergen.' }, complete[0]]);
    expect(() => updateAnswers(current, programme, [{ requirementKey: 'budget', text: 'x' }], LATER)).toThrow(DomainValidationError);
  });

  it('keeps each step’s comment with its kind, author and time; a step without one adds none', () => {
    const returned = returnApplication(inStatus('submitted'), 'Name the pilot city.', 'manager-1', LATER).state;
    expect(returned.comments).toEqual([{ kind: 'returned', text: 'Name the pilot city.', by: 'manager-1', at: LATER.toISOString() }]);
    const endorsed = endorseApplication({ ...returned, status: 'submitted' }, 'Strong fit.', 'manager-1', LATER).state;
    expect(endorsed.comments.map((comment) => comment.kind)).toEqual(['returned', 'endorsed']);
    expect(endorsed.endorsedAt).toBe(LATER.toISOString());
    expect(forwardApplication(endorsed, undefined, 'secretariat', LATER).state.comments).toHaveLength(2);
  });

  it.each(APPLICATION_OUTCOMES)('records the outcome %s as the final status, with a valid ApplicationOutcomeRecorded', (outcome) => {
    const change = recordOutcome(inStatus('forwarded'), outcome, 'Selected for the 2027 cohort.', 'secretariat', LATER);
    expect(change.state).toMatchObject({ status: outcome, outcome, outcomeAt: LATER.toISOString(), comments: [{ kind: 'outcome', text: 'Selected for the 2027 cohort.' }] });
    expect(onlyValidEventOf(change).definition).toBe(ApplicationOutcomeRecorded);
    // Final: nothing follows an outcome.
    for (const transition of TRANSITIONS) expect(() => transition.apply(change.state)).toThrow(DomainConflictError);
  });

  it('walks the whole path draft → submitted → returned → submitted → endorsed → forwarded → labelled, versions 1 to 7, every event valid', () => {
    let state = drafted();
    const steps: ((current: ApplicationState) => Change<ApplicationState>)[] = [
      (current) => submitApplication(current, programme, LATER),
      (current) => returnApplication(current, 'Add a reference.', 'manager-1', LATER),
      (current) => submitApplication(current, programme, LATER),
      (current) => endorseApplication(current, 'Good.', 'manager-1', LATER),
      (current) => forwardApplication(current, undefined, 'secretariat', LATER),
      (current) => recordOutcome(current, 'labelled', undefined, 'secretariat', LATER),
    ];
    const statuses: ApplicationStatus[] = [];
    for (const next of steps) {
      const change = next(state);
      onlyValidEventOf(change);
      state = change.state;
      statuses.push(state.status);
    }
    expect(statuses).toEqual(['submitted', 'returned', 'submitted', 'endorsed', 'forwarded', 'labelled']);
    expect(state.version).toBe(7);
  });
});
