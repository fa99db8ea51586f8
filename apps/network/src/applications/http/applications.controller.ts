import { BEARER_SCHEME, CurrentPrincipal, Idempotent, Roles, UuidParam, type Principal } from '@icn/platform';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApplicationsService } from '../applications.service';
import { DraftApplicationDto, RecordOutcomeDto, ReturnApplicationDto, StepCommentDto, UpdateAnswersDto } from './application.dto';
import { ApplicationPageResponse, ApplicationResponse } from './application.response';
import { ListApplicationsQuery } from './list-applications.query';

/**
 * Applications of member organisations to partners' programmes, through the network: the member
 * drafts and submits, its cluster manager endorses or returns it, the secretariat forwards it and
 * records the partner's answer. Transitions answer 200 with the new state; a refused one is a 409
 * that says why; anyone outside the application's organisation, cluster and the secretariat gets a
 * 403. Integrators follow applications through the events.
 */
@ApiTags('applications')
@ApiBearerAuth(BEARER_SCHEME)
@Controller('applications')
@Roles('network-admin', 'cluster-manager', 'member')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Post()
  @Roles('member')
  @Idempotent()
  @ApiOperation({ summary: 'Draft an application of your organisation to an open programme it is eligible for (emits ApplicationDrafted)' })
  @ApiCreatedResponse({ type: ApplicationResponse, description: 'The application, a draft.' })
  @ApiConflictResponse({ description: 'The call is not open, the organisation is not eligible (each reason named) or already has an application in play.' })
  draft(@CurrentPrincipal() principal: Principal, @Body() dto: DraftApplicationDto): Promise<ApplicationResponse> {
    return this.applications.draft(principal, dto.programmeId, dto.answers ?? []);
  }

  @Get()
  @ApiOperation({ summary: 'Applications the caller may see, newest first: all for the secretariat, its cluster’s for a manager, its organisation’s for a member' })
  @ApiOkResponse({ type: ApplicationPageResponse, description: 'A page (limit, default 20, at most 100).' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListApplicationsQuery): Promise<ApplicationPageResponse> {
    return this.applications.list(principal, query);
  }

  @Get(':applicationId')
  @ApiOperation({ summary: 'One application (its organisation’s members, its cluster’s manager, the secretariat)' })
  @ApiOkResponse({ type: ApplicationResponse })
  get(@CurrentPrincipal() principal: Principal, @Param('applicationId', UuidParam) applicationId: string): Promise<ApplicationResponse> {
    return this.applications.get(principal, applicationId);
  }

  @Put(':applicationId/answers')
  @Roles('member')
  @ApiOperation({ summary: 'Replace or add answers to the programme’s requirements, while draft or returned (emits ApplicationAnswersUpdated when anything changed)' })
  @ApiOkResponse({ type: ApplicationResponse, description: 'The application after the change.' })
  @ApiConflictResponse({ description: 'Not a draft or returned.' })
  updateAnswers(
    @CurrentPrincipal() principal: Principal,
    @Param('applicationId', UuidParam) applicationId: string,
    @Body() dto: UpdateAnswersDto,
  ): Promise<ApplicationResponse> {
    return this.applications.updateAnswers(principal, applicationId, dto.answers);
  }

  @Post(':applicationId/submit')
  @Roles('member')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Submit to your cluster manager for endorsement (emits ApplicationSubmitted)' })
  @ApiOkResponse({ type: ApplicationResponse, description: 'The application after the change.' })
  @ApiConflictResponse({ description: 'Not a draft or returned, a requirement unanswered (each named), or the call not open.' })
  submit(@CurrentPrincipal() principal: Principal, @Param('applicationId', UuidParam) applicationId: string): Promise<ApplicationResponse> {
    return this.applications.submit(principal, applicationId);
  }

  @Post(':applicationId/withdraw')
  @Roles('member')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Withdraw before it is forwarded (emits ApplicationWithdrawn)' })
  @ApiOkResponse({ type: ApplicationResponse, description: 'The application after the change.' })
  @ApiConflictResponse({ description: 'Already forwarded, answered or withdrawn.' })
  withdraw(@CurrentPrincipal() principal: Principal, @Param('applicationId', UuidParam) applicationId: string): Promise<ApplicationResponse> {
    return this.applications.withdraw(principal, applicationId);
  }

  @Post(':applicationId/return')
  @Roles('cluster-manager')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Return a submitted application to its organisation with comments (its cluster’s manager; emits ApplicationReturned)' })
  @ApiOkResponse({ type: ApplicationResponse, description: 'The application after the change.' })
  @ApiConflictResponse({ description: 'Not submitted.' })
  return(
    @CurrentPrincipal() principal: Principal,
    @Param('applicationId', UuidParam) applicationId: string,
    @Body() dto: ReturnApplicationDto,
  ): Promise<ApplicationResponse> {
    return this.applications.return(principal, applicationId, dto.comment);
  }

  @Post(':applicationId/endorse')
  @Roles('cluster-manager')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Endorse a submitted application (its cluster’s manager; emits ApplicationEndorsed)' })
  @ApiOkResponse({ type: ApplicationResponse, description: 'The application after the change.' })
  @ApiConflictResponse({ description: 'Not submitted.' })
  endorse(
    @CurrentPrincipal() principal: Principal,
    @Param('applicationId', UuidParam) applicationId: string,
    @Body() dto: StepCommentDto,
  ): Promise<ApplicationResponse> {
    return this.applications.endorse(principal, applicationId, dto.comment);
  }

  @Post(':applicationId/forward')
  @Roles('network-admin')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Forward an endorsed application to the partner (secretariat; emits ApplicationForwarded)' })
  @ApiOkResponse({ type: ApplicationResponse, description: 'The application after the change.' })
  @ApiConflictResponse({ description: 'Not endorsed.' })
  forward(
    @CurrentPrincipal() principal: Principal,
    @Param('applicationId', UuidParam) applicationId: string,
    @Body() dto: StepCommentDto,
  ): Promise<ApplicationResponse> {
    return this.applications.forward(principal, applicationId, dto.comment);
  }

  @Post(':applicationId/outcome')
  @Roles('network-admin')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Record the partner’s answer: accepted, labelled, rejected or no-answer (secretariat; emits ApplicationOutcomeRecorded)' })
  @ApiOkResponse({ type: ApplicationResponse, description: 'The application after the change.' })
  @ApiConflictResponse({ description: 'Not forwarded (or already answered).' })
  recordOutcome(
    @CurrentPrincipal() principal: Principal,
    @Param('applicationId', UuidParam) applicationId: string,
    @Body() dto: RecordOutcomeDto,
  ): Promise<ApplicationResponse> {
    return this.applications.recordOutcome(principal, applicationId, dto.outcome, dto.note);
  }
}
