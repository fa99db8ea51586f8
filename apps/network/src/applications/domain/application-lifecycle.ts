import { changeOf, eventOf, type Change } from '@icn/messaging';
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
  type ApplicationAnswerV1,
  type ApplicationCommentKind,
  type ApplicationOutcome,
  type ApplicationStatus,
  type EventDefinition,
} from '@icn/contracts';
import { eligibilityGaps, type ApplicantProfile } from '../../partners/domain/eligibility';
import { callWindowPhase, type ProgrammeState } from '../../partners/domain/programme';
import type { ApplicationState } from './application';

/*
 * An application through the network:
 *
 *   draft ──submit──▶ submitted ──endorse──▶ endorsed ──forward──▶ forwarded ──outcome──▶ accepted | labelled | rejected | no-answer
 *                      │    ▲
 *                 return    └──submit── returned (answers changed)
 *
 *   draft, submitted, returned and endorsed ──withdraw──▶ withdrawn
 *
 * - the applicant (a member, for its own organisation) drafts while the programme's call is open and
 *   its organisation is eligible; it answers the programme's requirements and submits (every
 *   requirement answered, the call still open);
 * - its cluster manager endorses or returns it with comments; the secretariat forwards it and
 *   records the partner's answer. Outcomes and withdrawn are final.
 * Who may take which step is application-access.ts; every refused transition says why (409).
 */

export interface DraftInput {
  applicationId: string;
  programme: ProgrammeState;
  applicant: ApplicantProfile;
  answers: readonly ApplicationAnswerV1[];
  createdBy: string;
}

const EDITABLE: readonly ApplicationStatus[] = ['draft', 'returned'];
const WITHDRAWABLE: readonly ApplicationStatus[] = ['draft', 'submitted', 'returned', 'endorsed'];

export function draftApplication(input: DraftInput, now: Date): Change<ApplicationState> {
  const { programme, applicant } = input;
  assertCallOpen(programme, now);
  const gaps = eligibilityGaps(programme.eligibility, applicant);
  if (gaps.length > 0) throw new DomainConflictError(`${applicant.name} is not eligible for ${programme.title}: ${gaps.join('; ')}`);
  const at = now.toISOString();
  const state: ApplicationState = {
    applicationId: input.applicationId,
    programmeId: programme.programmeId,
    partnerId: programme.partnerId,
    programmeTitle: programme.title,
    organisationId: applicant.organisationId,
    organisationName: applicant.name,
    clusterId: applicant.clusterId,
    country: applicant.country,
    helixType: applicant.helixType,
    status: 'draft',
    answers: answersFor(programme, input.answers),
    comments: [],
    createdBy: input.createdBy,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  return changeOf(state, eventOf(ApplicationDrafted, { application: state }));
}

/** Replaces the answers given (an answer per requirement key; the others stay). */
export function updateAnswers(current: ApplicationState, programme: ProgrammeState, answers: readonly ApplicationAnswerV1[], now: Date): Change<ApplicationState> | null {
  requireStatus(current, EDITABLE, 'change its answers');
  const given = answersFor(programme, answers);
  const merged = [...current.answers.filter((answer) => !given.some((next) => next.requirementKey === answer.requirementKey)), ...given].sort((a, b) =>
    a.requirementKey.localeCompare(b.requirementKey),
  );
  if (JSON.stringify(merged) === JSON.stringify(current.answers)) return null;
  return step(current, ApplicationAnswersUpdated, { answers: merged }, now);
}

export function submitApplication(current: ApplicationState, programme: ProgrammeState, now: Date): Change<ApplicationState> {
  requireStatus(current, EDITABLE, 'be submitted');
  assertCallOpen(programme, now);
  const missing = programme.requirements.filter((requirement) => !current.answers.some((answer) => answer.requirementKey === requirement.key));
  if (missing.length > 0) throw new DomainConflictError(`application ${current.applicationId} does not answer ${missing.map((requirement) => `${requirement.key} (${requirement.title})`).join(', ')}`);
  return step(current, ApplicationSubmitted, { submittedAt: now.toISOString() }, now);
}

/** The cluster manager sends it back to the applicant; the comment says what to change. */
export function returnApplication(current: ApplicationState, comment: string, by: string, now: Date): Change<ApplicationState> {
  requireStatus(current, ['submitted'], 'be returned');
  return step(current, ApplicationReturned, { comments: withComment(current, 'returned', comment, by, now) }, now);
}

export function endorseApplication(current: ApplicationState, comment: string | undefined, by: string, now: Date): Change<ApplicationState> {
  requireStatus(current, ['submitted'], 'be endorsed');
  return step(current, ApplicationEndorsed, { endorsedAt: now.toISOString(), comments: withComment(current, 'endorsed', comment, by, now) }, now);
}

export function forwardApplication(current: ApplicationState, comment: string | undefined, by: string, now: Date): Change<ApplicationState> {
  requireStatus(current, ['endorsed'], 'be forwarded (it needs its cluster manager’s endorsement first)');
  return step(current, ApplicationForwarded, { forwardedAt: now.toISOString(), comments: withComment(current, 'forwarded', comment, by, now) }, now);
}

export function recordOutcome(current: ApplicationState, outcome: ApplicationOutcome, note: string | undefined, by: string, now: Date): Change<ApplicationState> {
  requireStatus(current, ['forwarded'], 'get an outcome (only a forwarded application has been answered by the partner)');
  const at = now.toISOString();
  return step(current, ApplicationOutcomeRecorded, { status: outcome, outcome, outcomeAt: at, comments: withComment(current, 'outcome', note, by, now) }, now);
}

export function withdrawApplication(current: ApplicationState, now: Date): Change<ApplicationState> {
  requireStatus(current, WITHDRAWABLE, 'be withdrawn (forwarded applications are the partner’s to answer)');
  return step(current, ApplicationWithdrawn, { withdrawnAt: now.toISOString() }, now);
}

/** The status each step leads to (the outcome's is the outcome itself). */
const NEXT_STATUS: Partial<Record<string, ApplicationStatus>> = {
  [ApplicationSubmitted.type]: 'submitted',
  [ApplicationReturned.type]: 'returned',
  [ApplicationEndorsed.type]: 'endorsed',
  [ApplicationForwarded.type]: 'forwarded',
  [ApplicationWithdrawn.type]: 'withdrawn',
};

function step(
  current: ApplicationState,
  definition: EventDefinition<{ application: ApplicationState }>,
  fields: Partial<ApplicationState>,
  now: Date,
): Change<ApplicationState> {
  const status = fields.status ?? NEXT_STATUS[definition.type] ?? current.status;
  const state: ApplicationState = { ...current, ...fields, status, updatedAt: now.toISOString(), version: current.version + 1 };
  return changeOf(state, eventOf(definition, { application: state }));
}

function requireStatus(current: ApplicationState, allowed: readonly ApplicationStatus[], action: string): void {
  if (!allowed.includes(current.status)) {
    throw new DomainConflictError(`application ${current.applicationId} is ${current.status}; only a ${allowed.join(' or ')} application can ${action}`);
  }
}

function assertCallOpen(programme: ProgrammeState, now: Date): void {
  const phase = callWindowPhase(programme.callWindow, now);
  if (phase === 'upcoming') throw new DomainConflictError(`${programme.title}'s call opens at ${programme.callWindow.opensAt}`);
  if (phase === 'closed') throw new DomainConflictError(`${programme.title}'s call closed at ${programme.callWindow.closesAt}`);
}

/** Answers only to the programme's requirements, one per key, sorted by key. */
function answersFor(programme: ProgrammeState, answers: readonly ApplicationAnswerV1[]): ApplicationAnswerV1[] {
  const keys = new Set(programme.requirements.map((requirement) => requirement.key));
  answers.forEach((answer, index) => {
    if (!keys.has(answer.requirementKey)) {
      throw new DomainValidationError(`answers.${index}.requirementKey`, `${programme.title} has no requirement ${answer.requirementKey} (it asks for: ${[...keys].join(', ') || 'nothing'})`);
    }
    if (answers.findIndex((other) => other.requirementKey === answer.requirementKey) !== index) {
      throw new DomainValidationError(`answers.${index}.requirementKey`, `${answer.requirementKey} is answered twice`);
    }
  });
  return answers.map(({ requirementKey, text }) => ({ requirementKey, text })).sort((a, b) => a.requirementKey.localeCompare(b.requirementKey));
}

function withComment(current: ApplicationState, kind: ApplicationCommentKind, text: string | undefined, by: string, now: Date): ApplicationState['comments'] {
  return text === undefined ? current.comments : [...current.comments, { kind, text, by, at: now.toISOString() }];
}
