import { BEARER_SCHEME, CurrentPrincipal, Idempotent, KeysetPageQuery, Roles, UuidParam, type Principal } from '@icn/platform';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MissionMeetingsService } from '../mission-meetings.service';
import { AcceptMeetingDto } from './accept-meeting.dto';
import { MeetingReasonDto } from './meeting-reason.dto';
import { MissionMeetingPageResponse, MissionMeetingResponse } from './mission-meeting.response';
import { RequestMeetingDto } from './request-meeting.dto';

/**
 * B2B meetings between a selected delegate and a local project owner. Either side requests (a
 * delegate's member or cluster manager; the host cluster's manager for an owner); the other side
 * accepts, which schedules the meeting at once, or declines; either side or the organiser cancels.
 * Transitions answer 200 with the new state; a refused one is a 409 that says why.
 */
@ApiTags('missions')
@ApiBearerAuth(BEARER_SCHEME)
@Controller('missions/:missionId/meetings')
export class MissionMeetingsController {
  constructor(private readonly meetings: MissionMeetingsService) {}

  @Post()
  @Roles('network-admin', 'cluster-manager', 'member')
  @Idempotent()
  @ApiOperation({ summary: 'Request a meeting (emits MissionMeetingRequested)' })
  @ApiCreatedResponse({ type: MissionMeetingResponse, description: 'The requested meeting.' })
  @ApiConflictResponse({ description: 'Mission closed, not a selected delegate or owner, or the pair already has a live meeting.' })
  request(
    @CurrentPrincipal() principal: Principal,
    @Param('missionId', UuidParam) missionId: string,
    @Body() dto: RequestMeetingDto,
  ): Promise<MissionMeetingResponse> {
    return this.meetings.request(principal, missionId, dto);
  }

  @Get()
  @ApiOperation({ summary: 'The meetings you may see on this mission (all of them for the organiser and host sides)' })
  @ApiOkResponse({ type: MissionMeetingPageResponse, description: 'A page of meetings, oldest request first (limit, default 20, at most 100).' })
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('missionId', UuidParam) missionId: string,
    @Query() query: KeysetPageQuery,
  ): Promise<MissionMeetingPageResponse> {
    return this.meetings.list(principal, missionId, query);
  }

  @Get(':meetingId')
  @ApiOperation({ summary: 'One meeting (its two sides, the organiser, the host cluster manager)' })
  @ApiOkResponse({ type: MissionMeetingResponse })
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('missionId', UuidParam) missionId: string,
    @Param('meetingId', UuidParam) meetingId: string,
  ): Promise<MissionMeetingResponse> {
    return this.meetings.get(principal, missionId, meetingId);
  }

  @Post(':meetingId/accept')
  @HttpCode(200)
  @Roles('network-admin', 'cluster-manager', 'member')
  @Idempotent()
  @ApiOperation({ summary: 'Accept and schedule: a slot and a table (emits MissionMeetingAccepted and MissionMeetingScheduled)' })
  @ApiOkResponse({ type: MissionMeetingResponse, description: 'The meeting after the change.' })
  @ApiConflictResponse({ description: 'Not requested, no agenda, or the slot is taken: the busy participant or the full tables and the slot are named.' })
  accept(
    @CurrentPrincipal() principal: Principal,
    @Param('missionId', UuidParam) missionId: string,
    @Param('meetingId', UuidParam) meetingId: string,
    @Body() dto: AcceptMeetingDto,
  ): Promise<MissionMeetingResponse> {
    return this.meetings.accept(principal, missionId, meetingId, dto.slot);
  }

  @Post(':meetingId/decline')
  @HttpCode(200)
  @Roles('network-admin', 'cluster-manager', 'member')
  @Idempotent()
  @ApiOperation({ summary: 'Decline, optionally with a reason (emits MissionMeetingDeclined)' })
  @ApiOkResponse({ type: MissionMeetingResponse, description: 'The meeting after the change.' })
  @ApiConflictResponse({ description: 'Not requested.' })
  decline(
    @CurrentPrincipal() principal: Principal,
    @Param('missionId', UuidParam) missionId: string,
    @Param('meetingId', UuidParam) meetingId: string,
    @Body() dto: MeetingReasonDto,
  ): Promise<MissionMeetingResponse> {
    return this.meetings.decline(principal, missionId, meetingId, dto.reason);
  }

  @Post(':meetingId/cancel')
  @HttpCode(200)
  @Roles('network-admin', 'cluster-manager', 'member')
  @Idempotent()
  @ApiOperation({ summary: 'Cancel, freeing the slot and table (emits MissionMeetingCancelled)' })
  @ApiOkResponse({ type: MissionMeetingResponse, description: 'The meeting after the change.' })
  @ApiConflictResponse({ description: 'Already declined or cancelled.' })
  cancel(
    @CurrentPrincipal() principal: Principal,
    @Param('missionId', UuidParam) missionId: string,
    @Param('meetingId', UuidParam) meetingId: string,
    @Body() dto: MeetingReasonDto,
  ): Promise<MissionMeetingResponse> {
    return this.meetings.cancel(principal, missionId, meetingId, dto.reason);
  }
}
