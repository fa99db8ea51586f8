import { CurrentPrincipal, Idempotent, Roles, UuidParam, type Principal } from '@icn/platform';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OpportunityLifecycleService } from './opportunity-lifecycle.service';
import { EndOpportunityDto } from './dto/end-opportunity.dto';
import { ExtendDeadlineDto } from './dto/extend-deadline.dto';
import { OpportunityResponse } from './dto/opportunity.response';

/**
 * Lifecycle commands. They answer 200 with the new state (nothing is created); a refused transition
 * is a 409 that says why. Expiry is not a command: the service expires opportunities at their deadline.
 */
@ApiTags('opportunities')
@ApiBearerAuth()
@Controller('opportunities/:opportunityId')
export class OpportunityLifecycleController {
  constructor(private readonly lifecycle: OpportunityLifecycleService) {}

  @Post('publish')
  @HttpCode(200)
  @Roles('network-admin', 'cluster-manager', 'member')
  @Idempotent()
  @ApiOperation({ summary: 'Publish a draft (emits OpportunityPublished with the full snapshot)' })
  @ApiOkResponse({ type: OpportunityResponse })
  @ApiConflictResponse({ description: 'Not a draft, or its deadline has passed.' })
  publish(@CurrentPrincipal() principal: Principal, @Param('opportunityId', UuidParam) opportunityId: string): Promise<OpportunityResponse> {
    return this.lifecycle.publish(principal, opportunityId);
  }

  @Post('extend-deadline')
  @HttpCode(200)
  @Roles('network-admin', 'cluster-manager', 'member')
  @Idempotent()
  @ApiOperation({ summary: 'Move the deadline of a published opportunity later (emits OpportunityDeadlineExtended)' })
  @ApiOkResponse({ type: OpportunityResponse })
  @ApiConflictResponse({ description: 'Not published, or the new deadline is not later than the current one.' })
  extendDeadline(
    @CurrentPrincipal() principal: Principal,
    @Param('opportunityId', UuidParam) opportunityId: string,
    @Body() dto: ExtendDeadlineDto,
  ): Promise<OpportunityResponse> {
    return this.lifecycle.extendDeadline(principal, opportunityId, dto.deadline);
  }

  @Post('close')
  @HttpCode(200)
  @Roles('network-admin', 'cluster-manager', 'member')
  @Idempotent()
  @ApiOperation({ summary: 'Close a published opportunity, final (emits OpportunityClosed)' })
  @ApiOkResponse({ type: OpportunityResponse })
  @ApiConflictResponse({ description: 'Not published.' })
  close(
    @CurrentPrincipal() principal: Principal,
    @Param('opportunityId', UuidParam) opportunityId: string,
    @Body() dto: EndOpportunityDto,
  ): Promise<OpportunityResponse> {
    return this.lifecycle.close(principal, opportunityId, dto.reason);
  }

  @Post('cancel')
  @HttpCode(200)
  @Roles('network-admin', 'cluster-manager', 'member')
  @Idempotent()
  @ApiOperation({ summary: 'Cancel a published opportunity, final (emits OpportunityCancelled)' })
  @ApiOkResponse({ type: OpportunityResponse })
  @ApiConflictResponse({ description: 'Not published.' })
  cancel(
    @CurrentPrincipal() principal: Principal,
    @Param('opportunityId', UuidParam) opportunityId: string,
    @Body() dto: EndOpportunityDto,
  ): Promise<OpportunityResponse> {
    return this.lifecycle.cancel(principal, opportunityId, dto.reason);
  }
}
