import { CurrentPrincipal, Idempotent, Roles, UuidParam, type KeysetPage, type Principal } from '@icn/platform';
import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { OrganisationState } from '../domain/organisation';
import { OrganisationsService } from '../organisations.service';
import { JoinOrganisationDto } from './join-organisation.dto';
import { ListOrganisationsQuery } from './list-organisations.query';
import { organisationAsSeenBy, type OrganisationView } from './organisation-view';
import { OrganisationPageResponse, OrganisationResponse } from './organisation.response';
import { UpdateOrganisationDto } from './update-organisation.dto';

/**
 * The member directory.
 *
 * Authorisation decision: READS are network-wide. Any authenticated caller (every role, including
 * integrators) may list and get organisations of any cluster, by filter or by id — finding
 * partners across clusters is what the network is for, and the profile is what members publish
 * about themselves. WRITES are scoped: network-admin anywhere, a cluster-manager only inside its
 * own cluster (403 otherwise, checked against the stored organisation, never the request body),
 * a member only its own organisation's profile and contacts; integrators never write.
 */
@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Post()
  @Roles('network-admin', 'cluster-manager')
  @Idempotent()
  @ApiOperation({ summary: 'An organisation joins a cluster (emits OrganisationJoined)' })
  @ApiCreatedResponse({ type: OrganisationResponse })
  @ApiBadRequestResponse({ description: 'Invalid or unknown fields; unregistered cluster.' })
  @ApiForbiddenResponse({ description: "A cluster-manager adding to another cluster." })
  @ApiConflictResponse({ description: 'The cluster is inactive.' })
  join(@CurrentPrincipal() principal: Principal, @Body() dto: JoinOrganisationDto): Promise<OrganisationState> {
    return this.organisations.join(principal, dto);
  }

  @Get()
  @ApiOperation({ summary: 'List organisations (filters combine with AND; ordered by id, cursor-paginated)' })
  @ApiOkResponse({ type: OrganisationPageResponse })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: ListOrganisationsQuery): Promise<KeysetPage<OrganisationView>> {
    const page = await this.organisations.list(query);
    return { ...page, items: page.items.map((organisation) => organisationAsSeenBy(principal, organisation)) };
  }

  @Get(':organisationId')
  @ApiOperation({ summary: 'Get an organisation of whichever cluster; its contacts only for readers of its cluster' })
  @ApiOkResponse({ type: OrganisationResponse })
  async get(@CurrentPrincipal() principal: Principal, @Param('organisationId', UuidParam) organisationId: string): Promise<OrganisationView> {
    return organisationAsSeenBy(principal, await this.organisations.get(organisationId));
  }

  @Patch(':organisationId')
  @Roles('network-admin', 'cluster-manager', 'member')
  @ApiOperation({ summary: 'Update the profile (emits OrganisationUpdated when something changed)' })
  @ApiOkResponse({ type: OrganisationResponse })
  @ApiConflictResponse({ description: 'The organisation has left.' })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('organisationId', UuidParam) organisationId: string,
    @Body() dto: UpdateOrganisationDto,
  ): Promise<OrganisationState> {
    return this.organisations.update(principal, organisationId, dto);
  }
}
