import { BEARER_SCHEME, CurrentPrincipal, Idempotent, Roles, UuidParam, type Principal } from '@icn/platform';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ConsortiumFormationService } from '../consortium-formation.service';
import { ConsortiumResponse } from './consortium.response';
import { InviteOrganisationDto } from './invite-organisation.dto';
import { LeaveConsortiumDto } from './leave-consortium.dto';

/** Invitations, leaving and removal. Every call answers with the consortium after the change. */
@ApiTags('consortia')
@ApiBearerAuth(BEARER_SCHEME)
@Controller('consortia/:consortiumId')
@Roles('network-admin', 'cluster-manager', 'member')
export class ConsortiumFormationController {
  constructor(private readonly formation: ConsortiumFormationService) {}

  @Post('invitations')
  @HttpCode(201)
  @Idempotent()
  @ApiOperation({ summary: 'Invite an organisation as partner, associated partner or subcontractor (coordinator side; emits ConsortiumInvitationSent)' })
  @ApiCreatedResponse({ type: ConsortiumResponse, description: 'The consortium with the invitation.' })
  @ApiConflictResponse({ description: 'Already a member, an open invitation exists, the organisation is not active, or the consortium is submitted.' })
  invite(
    @CurrentPrincipal() principal: Principal,
    @Param('consortiumId', UuidParam) consortiumId: string,
    @Body() dto: InviteOrganisationDto,
  ): Promise<ConsortiumResponse> {
    return this.formation.invite(principal, consortiumId, dto.organisationId, dto.role);
  }

  @Post('invitations/:invitationId/accept')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Accept an invitation (the invitee’s side; emits ConsortiumInvitationAccepted)' })
  @ApiOkResponse({ type: ConsortiumResponse, description: 'The consortium after the change.' })
  @ApiConflictResponse({ description: 'Expired, already answered, or the consortium is submitted.' })
  accept(
    @CurrentPrincipal() principal: Principal,
    @Param('consortiumId', UuidParam) consortiumId: string,
    @Param('invitationId', UuidParam) invitationId: string,
  ): Promise<ConsortiumResponse> {
    return this.formation.accept(principal, consortiumId, invitationId);
  }

  @Post('invitations/:invitationId/decline')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Decline an invitation (the invitee’s side; emits ConsortiumInvitationDeclined)' })
  @ApiOkResponse({ type: ConsortiumResponse, description: 'The consortium after the change.' })
  @ApiConflictResponse({ description: 'Expired or already answered.' })
  decline(
    @CurrentPrincipal() principal: Principal,
    @Param('consortiumId', UuidParam) consortiumId: string,
    @Param('invitationId', UuidParam) invitationId: string,
  ): Promise<ConsortiumResponse> {
    return this.formation.decline(principal, consortiumId, invitationId);
  }

  @Post('leave')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Leave before submission (the member’s side, not the coordinator; emits ConsortiumMemberLeft)' })
  @ApiOkResponse({ type: ConsortiumResponse, description: 'The consortium after the change.' })
  @ApiConflictResponse({ description: 'The coordinator cannot leave, or the consortium is submitted.' })
  leave(
    @CurrentPrincipal() principal: Principal,
    @Param('consortiumId', UuidParam) consortiumId: string,
    @Body() dto: LeaveConsortiumDto,
  ): Promise<ConsortiumResponse> {
    return this.formation.leave(principal, consortiumId, dto.organisationId);
  }

  @Post('members/:organisationId/remove')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Remove a member before submission (coordinator side; emits ConsortiumMemberRemoved)' })
  @ApiOkResponse({ type: ConsortiumResponse, description: 'The consortium after the change.' })
  @ApiConflictResponse({ description: 'The coordinator itself, or the consortium is submitted.' })
  remove(
    @CurrentPrincipal() principal: Principal,
    @Param('consortiumId', UuidParam) consortiumId: string,
    @Param('organisationId', UuidParam) organisationId: string,
  ): Promise<ConsortiumResponse> {
    return this.formation.remove(principal, consortiumId, organisationId);
  }
}
