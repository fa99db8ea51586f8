import type { InvitableRole } from '@icn/contracts';
import type { Aggregate } from '@icn/messaging';
import { CONFIG, DomainNotFoundError, type Principal } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { ConsortiaConfig } from '../consortia.config';
import { ConsortiumProfiles } from './consortium-profiles';
import { memberOf, type ConsortiumState } from './domain/consortium';
import { assertActsFor, assertCoordinatorSide } from './domain/consortium-access';
import { acceptInvitation, answerableInvitation, declineInvitation, inviteOrganisation, leaveConsortium, removeMember } from './domain/consortium-formation';
import { toView, type ConsortiumView } from './http/consortium.view';
import { CONSORTIUM_AGGREGATE } from './persistence/consortium.aggregate';
import { assertFundingCallOpenTo } from '../funding-calls/domain/funding-call-visibility';
import { FundingCallRepository } from '../funding-calls/persistence/funding-call.repository';

/**
 * Formation: the coordinator side invites and removes; the invitee's side (the organisation's
 * member, its cluster manager, the secretariat) accepts or declines; a member's side leaves.
 */
@Injectable()
export class ConsortiumFormationService {
  constructor(
    @Inject(CONSORTIUM_AGGREGATE) private readonly consortia: Aggregate<ConsortiumState>,
    private readonly profiles: ConsortiumProfiles,
    @Inject(CONFIG) private readonly config: ConsortiaConfig,
    private readonly fundingCalls: FundingCallRepository,
  ) {}

  /** Partners see the consortium's call: its audience must include their cluster (checked again on acceptance, for a call's targets can change). */
  private async assertCallOpenTo(consortium: ConsortiumState, organisation: { organisationId: string; clusterId: string }): Promise<void> {
    const opportunityId = consortium.call.opportunityId;
    if (opportunityId === undefined) return;
    assertFundingCallOpenTo((await this.fundingCalls.findById(opportunityId))?.opportunity, organisation);
  }

  async invite(principal: Principal, consortiumId: string, organisationId: string, role: InvitableRole): Promise<ConsortiumView> {
    const next = await this.consortia.modify(consortiumId, async (current) => {
      assertCoordinatorSide(principal, current);
      // Anyone in the directory may be invited (that is how consortia cross clusters), if active.
      const invitee = this.profiles.assertActive(await this.profiles.find(organisationId));
      await this.assertCallOpenTo(current, invitee);
      const invitationId = randomUUID();
      return inviteOrganisation(current, { invitationId, invitee, role, invitedBy: principal.subject, expiryDays: this.config.INVITATION_EXPIRY_DAYS }, new Date());
    });
    return toView(next, new Date());
  }

  async accept(principal: Principal, consortiumId: string, invitationId: string): Promise<ConsortiumView> {
    const next = await this.consortia.modify(consortiumId, async (current) => {
      const now = new Date();
      const invitation = answerableOrNotFound(current.invitations, invitationId, consortiumId);
      assertActsFor(principal, invitation);
      answerableInvitation(current, invitationId, now);
      // It joins as the directory knows it now: that is what eligibility counts.
      const invitee = this.profiles.assertActive(await this.profiles.find(invitation.organisationId));
      await this.assertCallOpenTo(current, invitee);
      return acceptInvitation(current, invitationId, invitee, now);
    });
    return toView(next, new Date());
  }

  async decline(principal: Principal, consortiumId: string, invitationId: string): Promise<ConsortiumView> {
    const next = await this.consortia.modify(consortiumId, (current) => {
      assertActsFor(principal, answerableOrNotFound(current.invitations, invitationId, consortiumId));
      return declineInvitation(current, invitationId, new Date());
    });
    return toView(next, new Date());
  }

  async leave(principal: Principal, consortiumId: string, organisationId: string): Promise<ConsortiumView> {
    const next = await this.consortia.modify(consortiumId, (current) => {
      const member = memberOf(current, organisationId);
      if (member === undefined) throw new DomainNotFoundError(`organisation ${organisationId} is not a member of consortium ${consortiumId}`);
      assertActsFor(principal, member);
      return leaveConsortium(current, organisationId, new Date());
    });
    return toView(next, new Date());
  }

  async remove(principal: Principal, consortiumId: string, organisationId: string): Promise<ConsortiumView> {
    const next = await this.consortia.modify(consortiumId, (current) => {
      assertCoordinatorSide(principal, current);
      return removeMember(current, organisationId, new Date());
    });
    return toView(next, new Date());
  }
}

/** The invitation by id (404 if unknown), found before the caller's side is checked on it. */
function answerableOrNotFound<T extends { invitationId: string }>(invitations: readonly T[], invitationId: string, consortiumId: string): T {
  const invitation = invitations.find((candidate) => candidate.invitationId === invitationId);
  if (invitation === undefined) throw new DomainNotFoundError(`invitation ${invitationId} not found in consortium ${consortiumId}`);
  return invitation;
}
