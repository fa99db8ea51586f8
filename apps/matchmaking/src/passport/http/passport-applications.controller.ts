import { BEARER_SCHEME, CurrentPrincipal, Idempotent, Roles, UuidParam, type Principal } from '@icn/platform';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PassportApplicationsService } from '../passport-applications.service';
import { AcceptPassportApplicationDto } from './accept-passport-application.dto';
import { CancelPassportApplicationDto } from './cancel-passport-application.dto';
import { CompletePassportApplicationDto } from './complete-passport-application.dto';
import { DeclinePassportApplicationDto } from './decline-passport-application.dto';
import { ListPassportApplicationsQuery } from './list-passport-applications.query';
import { PassportApplicationPageResponse, PassportApplicationResponse } from './passport-application.response';
import { SubmitPassportApplicationDto } from './submit-passport-application.dto';

/**
 * ICN Passport applications. An organisation (member, for itself) or its cluster manager applies;
 * the host cluster's manager accepts, declines, schedules and completes; either side cancels.
 * Transitions answer 200 with the new state; a refused one is a 409 that says why.
 */
@ApiTags('passport')
@ApiBearerAuth(BEARER_SCHEME)
@Controller('passport/applications')
export class PassportApplicationsController {
  constructor(private readonly passport: PassportApplicationsService) {}

  @Post()
  @Roles('network-admin', 'cluster-manager', 'member')
  @Idempotent()
  @ApiOperation({ summary: 'Apply to a host cluster (emits PassportApplicationSubmitted)' })
  @ApiCreatedResponse({ type: PassportApplicationResponse, description: 'The submitted application.' })
  @ApiConflictResponse({ description: 'The organisation is suspended or has left, or the host cluster is inactive (the message says which).' })
  submit(@CurrentPrincipal() principal: Principal, @Body() dto: SubmitPassportApplicationDto): Promise<PassportApplicationResponse> {
    return this.passport.submit(principal, dto);
  }

  @Get()
  @ApiOperation({
    summary:
      'Applications the caller may see, newest first: all for the secretariat and integrators, those to or from its cluster for a cluster manager, its own for a member',
  })
  @ApiOkResponse({ type: PassportApplicationPageResponse })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListPassportApplicationsQuery): Promise<PassportApplicationPageResponse> {
    return this.passport.list(principal, query);
  }

  @Get(':applicationId')
  @ApiOperation({ summary: 'One application (applicant side, host side, home cluster manager, integrators)' })
  @ApiOkResponse({ type: PassportApplicationResponse })
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('applicationId', UuidParam) applicationId: string,
  ): Promise<PassportApplicationResponse> {
    return this.passport.get(principal, applicationId);
  }

  @Post(':applicationId/accept')
  @HttpCode(200)
  @Roles('network-admin', 'cluster-manager')
  @Idempotent()
  @ApiOperation({ summary: 'Accept, reserving desks if desk hosting was asked (emits PassportApplicationAccepted)' })
  @ApiOkResponse({ type: PassportApplicationResponse, description: 'The application after the change.' })
  @ApiConflictResponse({ description: 'Not submitted, or no free desk on some day (the days are listed).' })
  accept(
    @CurrentPrincipal() principal: Principal,
    @Param('applicationId', UuidParam) applicationId: string,
    @Body() dto: AcceptPassportApplicationDto,
  ): Promise<PassportApplicationResponse> {
    return this.passport.accept(principal, applicationId, dto.keyContacts ?? []);
  }

  @Post(':applicationId/decline')
  @HttpCode(200)
  @Roles('network-admin', 'cluster-manager')
  @Idempotent()
  @ApiOperation({ summary: 'Decline with a reason (emits PassportApplicationDeclined)' })
  @ApiOkResponse({ type: PassportApplicationResponse, description: 'The application after the change.' })
  @ApiConflictResponse({ description: 'Not submitted.' })
  decline(
    @CurrentPrincipal() principal: Principal,
    @Param('applicationId', UuidParam) applicationId: string,
    @Body() dto: DeclinePassportApplicationDto,
  ): Promise<PassportApplicationResponse> {
    return this.passport.decline(principal, applicationId, dto.reason);
  }

  @Post(':applicationId/schedule')
  @HttpCode(200)
  @Roles('network-admin', 'cluster-manager')
  @Idempotent()
  @ApiOperation({ summary: 'Confirm the dates of an accepted visit (emits PassportApplicationScheduled)' })
  @ApiOkResponse({ type: PassportApplicationResponse, description: 'The application after the change.' })
  @ApiConflictResponse({ description: 'Not accepted.' })
  schedule(
    @CurrentPrincipal() principal: Principal,
    @Param('applicationId', UuidParam) applicationId: string,
  ): Promise<PassportApplicationResponse> {
    return this.passport.schedule(principal, applicationId);
  }

  @Post(':applicationId/complete')
  @HttpCode(200)
  @Roles('network-admin', 'cluster-manager')
  @Idempotent()
  @ApiOperation({ summary: 'File the visit report (emits PassportApplicationCompleted)' })
  @ApiOkResponse({ type: PassportApplicationResponse, description: 'The application after the change.' })
  @ApiConflictResponse({ description: 'Not scheduled.' })
  complete(
    @CurrentPrincipal() principal: Principal,
    @Param('applicationId', UuidParam) applicationId: string,
    @Body() dto: CompletePassportApplicationDto,
  ): Promise<PassportApplicationResponse> {
    return this.passport.complete(principal, applicationId, dto);
  }

  @Post(':applicationId/cancel')
  @HttpCode(200)
  @Roles('network-admin', 'cluster-manager', 'member')
  @Idempotent()
  @ApiOperation({ summary: 'Cancel before completion, releasing desks (emits PassportApplicationCancelled)' })
  @ApiOkResponse({ type: PassportApplicationResponse, description: 'The application after the change.' })
  @ApiConflictResponse({ description: 'Already declined, completed or cancelled.' })
  cancel(
    @CurrentPrincipal() principal: Principal,
    @Param('applicationId', UuidParam) applicationId: string,
    @Body() dto: CancelPassportApplicationDto,
  ): Promise<PassportApplicationResponse> {
    return this.passport.cancel(principal, applicationId, dto.reason);
  }
}
