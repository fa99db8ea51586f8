import { BEARER_SCHEME, CurrentPrincipal, Idempotent, Roles, UuidParam, type Principal } from '@icn/platform';
import { Body, Controller, Delete, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MissionLocalProjectOwnersService } from '../mission-local-project-owners.service';
import { AddLocalProjectOwnerDto } from './add-local-project-owner.dto';
import { LocalProjectOwnerResponse } from './local-project-owner.response';
import { MissionResponse } from './mission.response';

/** The local project owners delegates come to meet, listed by the host cluster's manager (or the secretariat). */
@ApiTags('missions')
@ApiBearerAuth(BEARER_SCHEME)
@Controller('missions/:missionId/local-project-owners')
export class MissionLocalProjectOwnersController {
  constructor(private readonly owners: MissionLocalProjectOwnersService) {}

  @Post()
  @Roles('network-admin', 'cluster-manager')
  @Idempotent()
  @ApiOperation({ summary: 'Add a local project owner (emits MissionLocalProjectOwnerAdded)' })
  @ApiCreatedResponse({ type: LocalProjectOwnerResponse, description: 'The owner, with its ownerId.' })
  @ApiConflictResponse({ description: 'The mission is completed or cancelled.' })
  add(
    @CurrentPrincipal() principal: Principal,
    @Param('missionId', UuidParam) missionId: string,
    @Body() dto: AddLocalProjectOwnerDto,
  ): Promise<LocalProjectOwnerResponse> {
    return this.owners.add(principal, missionId, dto);
  }

  @Delete(':ownerId')
  @Roles('network-admin', 'cluster-manager')
  @Idempotent()
  @ApiOperation({ summary: 'Remove a local project owner (emits MissionLocalProjectOwnerRemoved)' })
  @ApiOkResponse({ type: MissionResponse, description: 'The mission as the caller sees it.' })
  remove(
    @CurrentPrincipal() principal: Principal,
    @Param('missionId', UuidParam) missionId: string,
    @Param('ownerId', UuidParam) ownerId: string,
  ): Promise<MissionResponse> {
    return this.owners.remove(principal, missionId, ownerId);
  }
}
