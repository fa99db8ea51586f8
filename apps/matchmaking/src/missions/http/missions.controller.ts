import { BEARER_SCHEME, CurrentPrincipal, Idempotent, Roles, UuidParam, type Principal } from '@icn/platform';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MissionsService } from '../missions.service';
import { CancelMissionDto } from './cancel-mission.dto';
import { CreateMissionDto } from './create-mission.dto';
import { DecideSelectionDto } from './decide-selection.dto';
import { ListMissionsQuery } from './list-missions.query';
import { MissionPageResponse, MissionResponse } from './mission.response';

/**
 * Matchmaking missions: created by a cluster manager (for its cluster) or the secretariat (naming
 * the organiser cluster), readable by every authenticated principal (they are announcements to
 * the network). The organiser side runs the call and the selection. Transitions answer 200 with
 * the mission as the caller sees it; a refused one is a 409 that says why.
 */
@ApiTags('missions')
@ApiBearerAuth(BEARER_SCHEME)
@Controller('missions')
export class MissionsController {
  constructor(private readonly missions: MissionsService) {}

  @Post()
  @Roles('network-admin', 'cluster-manager')
  @Idempotent()
  @ApiOperation({ summary: 'Create a mission, as a draft (emits MissionCreated)' })
  @ApiCreatedResponse({ type: MissionResponse, description: 'The mission, a draft.' })
  @ApiNotFoundResponse({ description: 'Organiser or host cluster not in the directory.' })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateMissionDto): Promise<MissionResponse> {
    return this.missions.create(principal, dto);
  }

  @Get()
  @ApiOperation({ summary: 'Missions, soonest first, with cursor pagination; filter by status or host cluster' })
  @ApiOkResponse({ type: MissionPageResponse })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListMissionsQuery): Promise<MissionPageResponse> {
    return this.missions.list(principal, query);
  }

  @Get(':missionId')
  @ApiOperation({ summary: 'One mission (applications only as far as the caller may read them)' })
  @ApiOkResponse({ type: MissionResponse })
  get(@CurrentPrincipal() principal: Principal, @Param('missionId', UuidParam) missionId: string): Promise<MissionResponse> {
    return this.missions.get(principal, missionId);
  }

  @Post(':missionId/call/open')
  @HttpCode(200)
  @Roles('network-admin', 'cluster-manager')
  @Idempotent()
  @ApiOperation({ summary: 'Open the call for participation (emits MissionCallOpened)' })
  @ApiOkResponse({ type: MissionResponse, description: 'The mission after the change, as the caller sees it.' })
  @ApiConflictResponse({ description: 'Not a draft, or the cut-off has passed.' })
  openCall(@CurrentPrincipal() principal: Principal, @Param('missionId', UuidParam) missionId: string): Promise<MissionResponse> {
    return this.missions.openCall(principal, missionId);
  }

  @Post(':missionId/call/close')
  @HttpCode(200)
  @Roles('network-admin', 'cluster-manager')
  @Idempotent()
  @ApiOperation({ summary: 'Close the call before its cut-off (emits MissionCallClosed)' })
  @ApiOkResponse({ type: MissionResponse, description: 'The mission after the change, as the caller sees it.' })
  @ApiConflictResponse({ description: 'The call is not open.' })
  closeCall(@CurrentPrincipal() principal: Principal, @Param('missionId', UuidParam) missionId: string): Promise<MissionResponse> {
    return this.missions.closeCall(principal, missionId);
  }

  @Post(':missionId/selection')
  @HttpCode(200)
  @Roles('network-admin', 'cluster-manager')
  @Idempotent()
  @ApiOperation({
    summary: 'Decide every application: selected (≤ capacity), reserve (ordered), rejected; revisable until published (emits MissionSelectionDecided)',
  })
  @ApiOkResponse({ type: MissionResponse, description: 'The mission after the change, as the caller sees it.' })
  @ApiConflictResponse({ description: 'Call still open, selection already published, or more selected than the capacity.' })
  decideSelection(
    @CurrentPrincipal() principal: Principal,
    @Param('missionId', UuidParam) missionId: string,
    @Body() dto: DecideSelectionDto,
  ): Promise<MissionResponse> {
    return this.missions.decideSelection(principal, missionId, { selected: dto.selected, reserve: dto.reserve, rejected: dto.rejected });
  }

  @Post(':missionId/selection/publish')
  @HttpCode(200)
  @Roles('network-admin', 'cluster-manager')
  @Idempotent()
  @ApiOperation({ summary: 'Publish the decided selection (emits MissionSelectionPublished)' })
  @ApiOkResponse({ type: MissionResponse, description: 'The mission after the change, as the caller sees it.' })
  @ApiConflictResponse({ description: 'No selection decided, or not call-closed.' })
  publishSelection(@CurrentPrincipal() principal: Principal, @Param('missionId', UuidParam) missionId: string): Promise<MissionResponse> {
    return this.missions.publishSelection(principal, missionId);
  }

  @Post(':missionId/cancel')
  @HttpCode(200)
  @Roles('network-admin', 'cluster-manager')
  @Idempotent()
  @ApiOperation({ summary: 'Cancel the mission (emits MissionCancelled)' })
  @ApiOkResponse({ type: MissionResponse, description: 'The mission after the change, as the caller sees it.' })
  @ApiConflictResponse({ description: 'Already completed or cancelled.' })
  cancel(
    @CurrentPrincipal() principal: Principal,
    @Param('missionId', UuidParam) missionId: string,
    @Body() dto: CancelMissionDto,
  ): Promise<MissionResponse> {
    return this.missions.cancel(principal, missionId, dto.reason);
  }

  @Post(':missionId/complete')
  @HttpCode(200)
  @Roles('network-admin', 'cluster-manager')
  @Idempotent()
  @ApiOperation({ summary: 'Mark the mission completed once it has started (emits MissionCompleted)' })
  @ApiOkResponse({ type: MissionResponse, description: 'The mission after the change, as the caller sees it.' })
  @ApiConflictResponse({ description: 'Selection not published, or the mission has not started.' })
  complete(@CurrentPrincipal() principal: Principal, @Param('missionId', UuidParam) missionId: string): Promise<MissionResponse> {
    return this.missions.complete(principal, missionId);
  }
}
