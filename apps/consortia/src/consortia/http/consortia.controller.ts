import { BEARER_SCHEME, CurrentPrincipal, Idempotent, Roles, UuidParam, type Principal } from '@icn/platform';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ConsortiaService } from '../consortia.service';
import { ConsortiumPageResponse, ConsortiumResponse } from './consortium.response';
import { CreateConsortiumDto } from './create-consortium.dto';
import { EligibilityReportResponse } from './eligibility-report.response';
import { GrantConsortiumDto } from './grant-consortium.dto';
import { ListConsortiaQuery } from './list-consortia.query';
import { RejectConsortiumDto } from './reject-consortium.dto';
import { WithdrawConsortiumDto } from './withdraw-consortium.dto';

/**
 * Consortia and their lifecycle. The lead organisation (a member for itself, its cluster manager,
 * the secretariat) creates one and becomes coordinator; the coordinator side submits, records the
 * funder's outcome and withdraws. Transitions answer 200 with the new state; a refused one is a
 * 409 that says why. Integrators follow consortia through the events.
 */
@ApiTags('consortia')
@ApiBearerAuth(BEARER_SCHEME)
@Controller('consortia')
@Roles('network-admin', 'cluster-manager', 'member')
export class ConsortiaController {
  constructor(private readonly consortia: ConsortiaService) {}

  @Post()
  @Idempotent()
  @ApiOperation({ summary: 'Form a consortium around a funding call or a call entered by hand (emits ConsortiumCreated)' })
  @ApiCreatedResponse({ type: ConsortiumResponse, description: 'The consortium, forming, with the default sections.' })
  @ApiConflictResponse({ description: 'The lead is not active, or the funding call is no longer open.' })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateConsortiumDto): Promise<ConsortiumResponse> {
    return this.consortia.create(principal, dto);
  }

  @Get()
  @ApiOperation({ summary: 'Consortia the caller may see, newest first: all for the secretariat, its members’ for a cluster manager, its own (and invitations) for a member' })
  @ApiOkResponse({ type: ConsortiumPageResponse, description: 'A page (limit, default 20, at most 100).' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListConsortiaQuery): Promise<ConsortiumPageResponse> {
    return this.consortia.list(principal, query);
  }

  @Get(':consortiumId')
  @ApiOperation({ summary: 'One consortium (members, invitees, their cluster managers, the secretariat)' })
  @ApiOkResponse({ type: ConsortiumResponse })
  get(@CurrentPrincipal() principal: Principal, @Param('consortiumId', UuidParam) consortiumId: string): Promise<ConsortiumResponse> {
    return this.consortia.get(principal, consortiumId);
  }

  @Get(':consortiumId/eligibility')
  @ApiOperation({ summary: 'Whether the partnership meets the call’s rules, and what is missing' })
  @ApiOkResponse({ type: EligibilityReportResponse })
  eligibility(@CurrentPrincipal() principal: Principal, @Param('consortiumId', UuidParam) consortiumId: string): Promise<EligibilityReportResponse> {
    return this.consortia.eligibility(principal, consortiumId);
  }

  @Post(':consortiumId/start-drafting')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Close formation and start writing (emits ConsortiumDraftingStarted)' })
  @ApiOkResponse({ type: ConsortiumResponse, description: 'The consortium after the change.' })
  @ApiConflictResponse({ description: 'Not forming.' })
  startDrafting(@CurrentPrincipal() principal: Principal, @Param('consortiumId', UuidParam) consortiumId: string): Promise<ConsortiumResponse> {
    return this.consortia.startDrafting(principal, consortiumId);
  }

  @Post(':consortiumId/submit')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Submit and freeze the application (emits ConsortiumSubmitted)' })
  @ApiOkResponse({ type: ConsortiumResponse, description: 'The consortium after the change.' })
  @ApiConflictResponse({ description: 'Not drafting, not eligible, a section not done or the call closed: the message lists everything missing.' })
  submit(@CurrentPrincipal() principal: Principal, @Param('consortiumId', UuidParam) consortiumId: string): Promise<ConsortiumResponse> {
    return this.consortia.submit(principal, consortiumId);
  }

  @Post(':consortiumId/grant')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Record the grant: total and split per beneficiary (emits ConsortiumGranted)' })
  @ApiOkResponse({ type: ConsortiumResponse, description: 'The consortium after the change.' })
  @ApiConflictResponse({ description: 'Not submitted or on the reserve list.' })
  grant(
    @CurrentPrincipal() principal: Principal,
    @Param('consortiumId', UuidParam) consortiumId: string,
    @Body() dto: GrantConsortiumDto,
  ): Promise<ConsortiumResponse> {
    return this.consortia.grant(principal, consortiumId, dto);
  }

  @Post(':consortiumId/reserve-list')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Record that the funder put it on the reserve list (emits ConsortiumReserveListed)' })
  @ApiOkResponse({ type: ConsortiumResponse, description: 'The consortium after the change.' })
  @ApiConflictResponse({ description: 'Not submitted.' })
  reserveList(@CurrentPrincipal() principal: Principal, @Param('consortiumId', UuidParam) consortiumId: string): Promise<ConsortiumResponse> {
    return this.consortia.reserveList(principal, consortiumId);
  }

  @Post(':consortiumId/reject')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Record a rejection with the funder’s feedback (emits ConsortiumRejected)' })
  @ApiOkResponse({ type: ConsortiumResponse, description: 'The consortium after the change.' })
  @ApiConflictResponse({ description: 'Not submitted or on the reserve list.' })
  reject(
    @CurrentPrincipal() principal: Principal,
    @Param('consortiumId', UuidParam) consortiumId: string,
    @Body() dto: RejectConsortiumDto,
  ): Promise<ConsortiumResponse> {
    return this.consortia.reject(principal, consortiumId, dto.feedback);
  }

  @Post(':consortiumId/withdraw')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Withdraw before an outcome is recorded (emits ConsortiumWithdrawn)' })
  @ApiOkResponse({ type: ConsortiumResponse, description: 'The consortium after the change.' })
  @ApiConflictResponse({ description: 'Already decided or withdrawn.' })
  withdraw(
    @CurrentPrincipal() principal: Principal,
    @Param('consortiumId', UuidParam) consortiumId: string,
    @Body() dto: WithdrawConsortiumDto,
  ): Promise<ConsortiumResponse> {
    return this.consortia.withdraw(principal, consortiumId, dto.reason);
  }
}
