import { BEARER_SCHEME, CurrentPrincipal, Idempotent, Roles, UuidParam, type Principal } from '@icn/platform';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MissionApplicationsService } from '../mission-applications.service';
import { ApplyToMissionDto } from './apply-to-mission.dto';
import { MissionApplicationResponse } from './mission-application.response';
import { MissionResponse } from './mission.response';

/** Applying to a mission's call and withdrawing: the member for itself, its cluster manager, or the secretariat. */
@ApiTags('missions')
@ApiBearerAuth(BEARER_SCHEME)
@Controller('missions/:missionId/applications')
export class MissionApplicationsController {
  constructor(private readonly applications: MissionApplicationsService) {}

  @Post()
  @Roles('network-admin', 'cluster-manager', 'member')
  @Idempotent()
  @ApiOperation({ summary: 'Apply to travel on the mission (emits MissionApplicationSubmitted)' })
  @ApiCreatedResponse({ type: MissionApplicationResponse, description: 'The application.' })
  @ApiConflictResponse({ description: 'Call not open or its cut-off passed (the date is named), or the organisation already applied.' })
  apply(
    @CurrentPrincipal() principal: Principal,
    @Param('missionId', UuidParam) missionId: string,
    @Body() dto: ApplyToMissionDto,
  ): Promise<MissionApplicationResponse> {
    return this.applications.apply(principal, missionId, dto);
  }

  @Post(':applicationId/withdraw')
  @HttpCode(200)
  @Roles('network-admin', 'cluster-manager', 'member')
  @Idempotent()
  @ApiOperation({
    summary: 'Withdraw; a selected delegate’s place goes to reserve #1 in the same write (emits MissionApplicationWithdrawn, then MissionDelegatePromoted)',
  })
  @ApiOkResponse({ type: MissionResponse, description: 'The mission as the caller sees it.' })
  @ApiConflictResponse({ description: 'Already withdrawn or rejected, or the mission is completed or cancelled.' })
  withdraw(
    @CurrentPrincipal() principal: Principal,
    @Param('missionId', UuidParam) missionId: string,
    @Param('applicationId', UuidParam) applicationId: string,
  ): Promise<MissionResponse> {
    return this.applications.withdraw(principal, missionId, applicationId);
  }
}
