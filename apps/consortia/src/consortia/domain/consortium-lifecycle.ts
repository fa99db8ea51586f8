import type { Change } from '@icn/messaging';
import { DomainConflictError, DomainValidationError } from '@icn/platform';
import {
  ConsortiumCreated,
  ConsortiumDraftingStarted,
  ConsortiumGranted,
  ConsortiumRejected,
  ConsortiumReserveListed,
  ConsortiumSubmitted,
  ConsortiumWithdrawn,
  DEFAULT_SECTION_KEYS,
  type ApplicationSectionV1,
  type ConsortiumCallV1,
  type ConsortiumGrantV1,
  type EligibilityRulesV1,
} from '@icn/contracts';
import type { ConsortiumState, OrganisationProfile } from './consortium';
import { bump, consortiumChange, OPEN_STATUSES, requireStatus } from './consortium-change';
import { checkEligibility } from './eligibility';
import { assertValidGrantSplit } from './grant-split';

/*
 * Consortium lifecycle:
 *
 *   forming ──start drafting──▶ drafting ──submit──▶ submitted ──grant──────▶ granted (final)
 *      │                           │                    │  │
 *      │                           │                    │  ├──reserve-list──▶ reserve-list ──grant──▶ granted
 *      │                           │                    │  │                      └─────reject──▶ rejected
 *      │                           │                    │  └──reject──────▶ rejected (final)
 *      └───────────────────────────┴──────withdraw──────┴──▶ withdrawn (final)
 *
 * - forming: the coordinator (the lead organisation) invites; invitees accept or decline; members
 *   leave or are removed. Invitations stay possible while drafting (late partners are common).
 * - drafting: the workspace (sections, budget) is edited in forming too; submission needs drafting.
 * - submit: coordinator only; needs the rules met, every section done and the call still open. It
 *   freezes partnership and workspace.
 * - outcomes are the funder's decision, recorded by the coordinator side (or the secretariat);
 *   withdrawal is the coordinator's, before any outcome (reserve-list counts as an outcome).
 * Each refused transition says why, so the 409 a client gets is actionable.
 */

export interface CreateInput {
  consortiumId: string;
  title: string;
  call: ConsortiumCallV1;
  rules: EligibilityRulesV1;
  lead: OrganisationProfile;
  createdBy: string;
}

const DEFAULT_SECTION_TITLES: Record<(typeof DEFAULT_SECTION_KEYS)[number], string> = {
  excellence: 'Excellence',
  impact: 'Impact',
  implementation: 'Implementation',
  budget: 'Budget',
};

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export function createConsortium(input: CreateInput, now: Date): Change<ConsortiumState> {
  if (Date.parse(input.call.deadline) <= now.getTime()) {
    throw new DomainValidationError('call.deadline', `must be in the future (the call closed on ${input.call.deadline})`);
  }
  if (input.rules.maxPartners !== undefined && input.rules.maxPartners < input.rules.minPartners) {
    throw new DomainValidationError('rules.maxPartners', `must be at least rules.minPartners (${input.rules.minPartners})`);
  }
  const at = now.toISOString();
  const { lead } = input;
  const state: ConsortiumState = {
    consortiumId: input.consortiumId,
    title: input.title,
    call: input.call,
    rules: { ...input.rules, requiredHelixTypes: [...new Set(input.rules.requiredHelixTypes)].sort() },
    status: 'forming',
    coordinatorOrganisationId: lead.organisationId,
    members: [
      {
        organisationId: lead.organisationId,
        organisationName: lead.name,
        clusterId: lead.clusterId,
        country: lead.country,
        helixType: lead.helixType,
        ...(lead.companySize === undefined ? {} : { companySize: lead.companySize }),
        role: 'coordinator',
        joinedAt: at,
      },
    ],
    invitations: [],
    sections: defaultSections(lead.organisationId, input.call.deadline, now),
    budgetLines: [],
    createdBy: input.createdBy,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  return consortiumChange(ConsortiumCreated, state);
}

/**
 * The four usual sections, owned by the coordinator until it hands them out, due a week before the
 * call closes (leaving the coordinator time to assemble), or today if the call closes sooner.
 */
function defaultSections(coordinatorId: string, deadline: string, now: Date): ApplicationSectionV1[] {
  const due = new Date(Math.max(Date.parse(deadline) - WEEK_MS, now.getTime())).toISOString().slice(0, 10);
  return DEFAULT_SECTION_KEYS.map((key) => ({ key, title: DEFAULT_SECTION_TITLES[key], ownerOrganisationId: coordinatorId, dueDate: due, status: 'todo' }));
}

export function startDrafting(state: ConsortiumState, now: Date): Change<ConsortiumState> {
  requireStatus(state, ['forming'], 'start drafting');
  const next = bump(state, now);
  next.status = 'drafting';
  next.draftingStartedAt = now.toISOString();
  return consortiumChange(ConsortiumDraftingStarted, next);
}

/** Everything that stands between the consortium and submission, in words (empty: it may submit). */
export function submissionBlockers(state: ConsortiumState, now: Date, callDeadline: string = state.call.deadline): string[] {
  const blockers = checkEligibility(state.rules, state.members).missing.map((requirement) => requirement.message);
  for (const section of state.sections) {
    if (section.status !== 'done') blockers.push(`section ${section.key} is ${section.status}`);
  }
  if (Date.parse(callDeadline) < now.getTime()) blockers.push(`the call closed on ${callDeadline}`);
  return blockers;
}

/**
 * `callDeadline` is the call's deadline as known now: for a call from an opportunity the caller
 * passes the funding call's current one (deadlines get extended), which the submitted snapshot
 * then records.
 */
export function submitConsortium(state: ConsortiumState, now: Date, callDeadline: string = state.call.deadline): Change<ConsortiumState> {
  if (state.status === 'forming') throw new DomainConflictError(`cannot submit: consortium ${state.consortiumId} is still forming; start drafting first`);
  requireStatus(state, ['drafting'], 'submit');
  const blockers = submissionBlockers(state, now, callDeadline);
  if (blockers.length > 0) throw new DomainConflictError(`cannot submit consortium ${state.consortiumId}: ${blockers.join('; ')}`);
  const next = bump(state, now);
  next.status = 'submitted';
  next.submittedAt = now.toISOString();
  next.call.deadline = callDeadline;
  return consortiumChange(ConsortiumSubmitted, next);
}

export function grantConsortium(state: ConsortiumState, grant: ConsortiumGrantV1, now: Date): Change<ConsortiumState> {
  requireStatus(state, ['submitted', 'reserve-list'], 'record a grant');
  assertValidGrantSplit(state, grant);
  const next = bump(state, now);
  next.status = 'granted';
  next.grant = { totalEur: grant.totalEur, shares: grant.shares.map(({ organisationId, amountEur }) => ({ organisationId, amountEur })) };
  next.closedAt = now.toISOString();
  return consortiumChange(ConsortiumGranted, next);
}

export function reserveListConsortium(state: ConsortiumState, now: Date): Change<ConsortiumState> {
  requireStatus(state, ['submitted'], 'put on the reserve list');
  const next = bump(state, now);
  next.status = 'reserve-list';
  next.reserveListedAt = now.toISOString();
  return consortiumChange(ConsortiumReserveListed, next);
}

export function rejectConsortium(state: ConsortiumState, feedback: string, now: Date): Change<ConsortiumState> {
  requireStatus(state, ['submitted', 'reserve-list'], 'record a rejection');
  const next = bump(state, now);
  next.status = 'rejected';
  next.feedback = feedback;
  next.closedAt = now.toISOString();
  return consortiumChange(ConsortiumRejected, next);
}

export function withdrawConsortium(state: ConsortiumState, reason: string | undefined, now: Date): Change<ConsortiumState> {
  requireStatus(state, [...OPEN_STATUSES, 'submitted'], 'withdraw');
  const next = bump(state, now);
  next.status = 'withdrawn';
  if (reason !== undefined) next.withdrawalReason = reason;
  next.closedAt = now.toISOString();
  return consortiumChange(ConsortiumWithdrawn, next);
}
