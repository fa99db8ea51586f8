import { CurrentPrincipal, Idempotent, Roles, UuidParam, type Principal } from '@icn/platform';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { OpportunitiesService } from './opportunities.service';
import { CreateOpportunityDto } from './dto/create-opportunity.dto';
import { ListOpportunitiesQuery } from './dto/list-opportunities.query';
import { OpportunityPageResponse, OpportunityResponse } from './dto/opportunity.response';
import { UpdateOpportunityDto } from './dto/update-opportunity.dto';

/**
 * Opportunities. Cluster managers and members publish for their own cluster, the network admin for
 * any; integrators read. Drafts are visible only to their cluster's managers, their publisher and
 * the network admin — to anyone else they do not exist (404). Published opportunities with
 * visibility `target-clusters` are visible to the origin and target clusters (and admin/integrators).
 */
@ApiTags('opportunities')
@ApiBearerAuth()
@Controller('opportunities')
export class OpportunitiesController {
  constructor(private readonly opportunities: OpportunitiesService) {}

  @Post()
  @Roles('network-admin', 'cluster-manager', 'member')
  @Idempotent()
  @ApiOperation({ summary: 'Create a draft, or publish right away with `publish: true` (emits OpportunityPublished)' })
  @ApiCreatedResponse({ type: OpportunityResponse })
  @ApiBadRequestResponse({ description: 'Invalid or unknown fields (each named), deadline not in the future, unknown clusters.' })
  @ApiForbiddenResponse({ description: "Publishing for another cluster, or a member whose organisation is not active." })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateOpportunityDto): Promise<OpportunityResponse> {
    return this.opportunities.create(principal, dto);
  }

  @Get()
  @ApiOperation({ summary: 'List visible opportunities, newest first (filters combine with AND; cursor-paginated)' })
  @ApiOkResponse({ type: OpportunityPageResponse })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListOpportunitiesQuery): Promise<OpportunityPageResponse> {
    return this.opportunities.list(principal, query);
  }

  @Get(':opportunityId')
  @ApiOperation({ summary: 'Get an opportunity' })
  @ApiOkResponse({ type: OpportunityResponse })
  @ApiNotFoundResponse({ description: 'Absent, or not visible to the caller (e.g. another cluster’s draft).' })
  get(@CurrentPrincipal() principal: Principal, @Param('opportunityId', UuidParam) opportunityId: string): Promise<OpportunityResponse> {
    return this.opportunities.get(principal, opportunityId);
  }

  @Patch(':opportunityId')
  @Roles('network-admin', 'cluster-manager', 'member')
  @ApiOperation({ summary: 'Edit a draft (no event) or a published opportunity (emits OpportunityUpdated when something changed)' })
  @ApiOkResponse({ type: OpportunityResponse })
  @ApiConflictResponse({ description: 'Ended (final), or a deadline change on a published opportunity (use extend-deadline).' })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('opportunityId', UuidParam) opportunityId: string,
    @Body() dto: UpdateOpportunityDto,
  ): Promise<OpportunityResponse> {
    return this.opportunities.update(principal, opportunityId, dto);
  }

  @Delete(':opportunityId')
  @HttpCode(204)
  @Roles('network-admin', 'cluster-manager', 'member')
  @ApiOperation({ summary: 'Discard a draft (no event: it never left the service)' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'Not a draft (close or cancel a published opportunity instead).' })
  discard(@CurrentPrincipal() principal: Principal, @Param('opportunityId', UuidParam) opportunityId: string): Promise<void> {
    return this.opportunities.discard(principal, opportunityId);
  }
}
