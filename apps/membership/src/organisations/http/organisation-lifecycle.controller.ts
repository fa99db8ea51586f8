import { CurrentPrincipal, Idempotent, Roles, UuidParam, type Principal } from '@icn/platform';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { OrganisationState } from '../domain/organisation';
import { OrganisationLifecycleService } from '../organisation-lifecycle.service';
import { LeaveOrganisationDto } from './leave-organisation.dto';
import { OrganisationResponse } from './organisation.response';
import { SuspendOrganisationDto } from './suspend-organisation.dto';

/**
 * Membership lifecycle commands. Suspending and reinstating are the cluster's decision
 * (network-admin or the organisation's own cluster-manager); leaving may also be the member's own
 * decision. They answer 200 with the new state (nothing is created); a refused transition is a 409
 * that says why.
 */
@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations/:organisationId')
export class OrganisationLifecycleController {
  constructor(private readonly lifecycle: OrganisationLifecycleService) {}

  @Post('suspend')
  @HttpCode(200)
  @Roles('network-admin', 'cluster-manager')
  @Idempotent()
  @ApiOperation({ summary: 'Suspend an active membership (emits OrganisationSuspended)' })
  @ApiOkResponse({ type: OrganisationResponse })
  @ApiConflictResponse({ description: 'Not active (already suspended, or left).' })
  suspend(
    @CurrentPrincipal() principal: Principal,
    @Param('organisationId', UuidParam) organisationId: string,
    @Body() dto: SuspendOrganisationDto,
  ): Promise<OrganisationState> {
    return this.lifecycle.suspend(principal, organisationId, dto.reason);
  }

  @Post('reinstate')
  @HttpCode(200)
  @Roles('network-admin', 'cluster-manager')
  @Idempotent()
  @ApiOperation({ summary: 'Reinstate a suspended membership (emits OrganisationReinstated)' })
  @ApiOkResponse({ type: OrganisationResponse })
  @ApiConflictResponse({ description: 'Not suspended.' })
  reinstate(
    @CurrentPrincipal() principal: Principal,
    @Param('organisationId', UuidParam) organisationId: string,
  ): Promise<OrganisationState> {
    return this.lifecycle.reinstate(principal, organisationId);
  }

  @Post('leave')
  @HttpCode(200)
  @Roles('network-admin', 'cluster-manager', 'member')
  @Idempotent()
  @ApiOperation({ summary: 'Leave the cluster, final (emits OrganisationLeft)' })
  @ApiOkResponse({ type: OrganisationResponse })
  @ApiConflictResponse({ description: 'Already left.' })
  leave(
    @CurrentPrincipal() principal: Principal,
    @Param('organisationId', UuidParam) organisationId: string,
    @Body() dto: LeaveOrganisationDto,
  ): Promise<OrganisationState> {
    return this.lifecycle.leave(principal, organisationId, dto.reason);
  }
}
