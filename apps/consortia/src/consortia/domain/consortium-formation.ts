import type { Change } from '@icn/messaging';
import { DomainConflictError, DomainNotFoundError } from '@icn/platform';
import {
  ConsortiumInvitationAccepted,
  ConsortiumInvitationDeclined,
  ConsortiumInvitationSent,
  ConsortiumMemberLeft,
  ConsortiumMemberRemoved,
  type ConsortiumInvitationV1,
  type InvitableRole,
} from '@icn/contracts';
import { memberOf, type ConsortiumState, type OrganisationProfile } from './consortium';
import { bump, consortiumChange, OPEN_STATUSES, requireStatus } from './consortium-change';

/*
 * Formation rules:
 * - only the coordinator invites (checked by the caller), while forming or drafting;
 * - one open invitation per organisation; an expired or declined one may be renewed;
 * - an invitation expires `expiryDays` after it was sent. Nothing flips it: it is expired when it is
 *   answered or shown after `expiresAt` (isExpired), so no scheduler is needed;
 * - members leave, or the coordinator removes them, before submission only: the submitted
 *   application names its partners, and after that only the funder's process may change them;
 * - the coordinator never leaves and cannot be removed: a consortium without its lead has nobody
 *   entitled to submit. A lead that gives up withdraws the consortium instead.
 * A leaving member's sections go back to the coordinator and its budget lines are dropped, so the
 * workspace never points at a non-member.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

export interface InviteInput {
  invitationId: string;
  invitee: OrganisationProfile;
  role: InvitableRole;
  invitedBy: string;
  expiryDays: number;
}

export function isExpired(invitation: ConsortiumInvitationV1, now: Date): boolean {
  return invitation.status === 'pending' && Date.parse(invitation.expiresAt) <= now.getTime();
}

/** An invitation as a reader should see it: `expired` instead of a stale `pending`. */
export function effectiveStatus(invitation: ConsortiumInvitationV1, now: Date): ConsortiumInvitationV1['status'] | 'expired' {
  return isExpired(invitation, now) ? 'expired' : invitation.status;
}

export function inviteOrganisation(state: ConsortiumState, input: InviteInput, now: Date): Change<ConsortiumState> {
  requireStatus(state, OPEN_STATUSES, 'invite');
  const { invitee } = input;
  if (memberOf(state, invitee.organisationId) !== undefined) {
    throw new DomainConflictError(`${invitee.name} is already a member of consortium ${state.consortiumId}`);
  }
  const open = state.invitations.find((invitation) => invitation.organisationId === invitee.organisationId && invitation.status === 'pending' && !isExpired(invitation, now));
  if (open !== undefined) {
    throw new DomainConflictError(`${invitee.name} already has an open invitation (${open.invitationId}, until ${open.expiresAt})`);
  }
  const next = bump(state, now);
  next.invitations.push({
    invitationId: input.invitationId,
    organisationId: invitee.organisationId,
    organisationName: invitee.name,
    clusterId: invitee.clusterId,
    role: input.role,
    status: 'pending',
    invitedBy: input.invitedBy,
    invitedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + input.expiryDays * DAY_MS).toISOString(),
  });
  return consortiumChange(ConsortiumInvitationSent, next);
}

/** The invitation a response is about, checked to be still answerable. */
export function answerableInvitation(state: ConsortiumState, invitationId: string, now: Date): ConsortiumInvitationV1 {
  const invitation = state.invitations.find((candidate) => candidate.invitationId === invitationId);
  if (invitation === undefined) throw new DomainNotFoundError(`invitation ${invitationId} not found in consortium ${state.consortiumId}`);
  if (invitation.status !== 'pending') throw new DomainConflictError(`invitation ${invitationId} was already ${invitation.status}`);
  if (isExpired(invitation, now)) throw new DomainConflictError(`invitation ${invitationId} expired on ${invitation.expiresAt}; ask the coordinator for a new one`);
  requireStatus(state, OPEN_STATUSES, 'answer an invitation');
  return invitation;
}

/**
 * The invitee joins with its profile as the directory knows it now (it may have changed since the
 * invitation), which is what eligibility will count.
 */
export function acceptInvitation(state: ConsortiumState, invitationId: string, invitee: OrganisationProfile, now: Date): Change<ConsortiumState> {
  const invitation = answerableInvitation(state, invitationId, now);
  const next = bump(state, now);
  const at = now.toISOString();
  next.invitations = next.invitations.map((candidate) => (candidate.invitationId === invitationId ? { ...candidate, status: 'accepted', respondedAt: at } : candidate));
  next.members.push({
    organisationId: invitee.organisationId,
    organisationName: invitee.name,
    clusterId: invitee.clusterId,
    country: invitee.country,
    helixType: invitee.helixType,
    ...(invitee.companySize === undefined ? {} : { companySize: invitee.companySize }),
    role: invitation.role,
    joinedAt: at,
  });
  return consortiumChange(ConsortiumInvitationAccepted, next);
}

export function declineInvitation(state: ConsortiumState, invitationId: string, now: Date): Change<ConsortiumState> {
  answerableInvitation(state, invitationId, now);
  const next = bump(state, now);
  const at = now.toISOString();
  next.invitations = next.invitations.map((candidate) => (candidate.invitationId === invitationId ? { ...candidate, status: 'declined', respondedAt: at } : candidate));
  return consortiumChange(ConsortiumInvitationDeclined, next);
}

export function leaveConsortium(state: ConsortiumState, organisationId: string, now: Date): Change<ConsortiumState> {
  if (organisationId === state.coordinatorOrganisationId) {
    throw new DomainConflictError(`the coordinator cannot leave consortium ${state.consortiumId}; withdraw the consortium instead`);
  }
  return consortiumChange(ConsortiumMemberLeft, withoutMember(state, organisationId, 'leave', now));
}

export function removeMember(state: ConsortiumState, organisationId: string, now: Date): Change<ConsortiumState> {
  if (organisationId === state.coordinatorOrganisationId) {
    throw new DomainConflictError(`the coordinator cannot be removed from consortium ${state.consortiumId}`);
  }
  return consortiumChange(ConsortiumMemberRemoved, withoutMember(state, organisationId, 'remove a member', now));
}

function withoutMember(state: ConsortiumState, organisationId: string, action: string, now: Date): ConsortiumState {
  requireStatus(state, OPEN_STATUSES, action);
  if (memberOf(state, organisationId) === undefined) {
    throw new DomainNotFoundError(`organisation ${organisationId} is not a member of consortium ${state.consortiumId}`);
  }
  const next = bump(state, now);
  next.members = next.members.filter((member) => member.organisationId !== organisationId);
  next.sections = next.sections.map((section) =>
    section.ownerOrganisationId === organisationId ? { ...section, ownerOrganisationId: state.coordinatorOrganisationId } : section,
  );
  next.budgetLines = next.budgetLines.filter((line) => line.organisationId !== organisationId);
  return next;
}
