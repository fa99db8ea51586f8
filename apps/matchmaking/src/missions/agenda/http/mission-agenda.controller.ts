import { BEARER_SCHEME, CurrentPrincipal, Idempotent, Roles, UuidParam, type Principal } from '@icn/platform';
import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MissionAgendaService } from '../mission-agenda.service';
import { AgendaSetUpResponse } from './agenda-set-up.response';
import { AgendaResponse } from './agenda.response';
import { SetAgendaDto } from './set-agenda.dto';

/**
 * A mission's B2B agenda grid: set by the organiser cluster's manager (or the secretariat), read by
 * the organiser and host sides and by the mission's participants (see agenda-access.ts).
 */
@ApiTags('missions')
@ApiBearerAuth(BEARER_SCHEME)
@Controller('missions/:missionId/agenda')
export class MissionAgendaController {
  constructor(private readonly agenda: MissionAgendaService) {}

  @Put()
  @Roles('network-admin', 'cluster-manager')
  @Idempotent()
  @ApiOperation({ summary: 'Set the slots per day, the slot length and the tables (emits MissionAgendaSet)' })
  @ApiOkResponse({ type: AgendaSetUpResponse, description: 'The agenda set-up.' })
  @ApiConflictResponse({ description: 'Mission closed, or the change would move or shorten a scheduled meeting (which one is named).' })
  set(
    @CurrentPrincipal() principal: Principal,
    @Param('missionId', UuidParam) missionId: string,
    @Body() dto: SetAgendaDto,
  ): Promise<AgendaSetUpResponse> {
    return this.agenda.set(principal, missionId, dto);
  }

  @Get()
  @ApiOperation({ summary: 'The agenda: every slot (local and UTC times) with the meetings scheduled in it' })
  @ApiOkResponse({ type: AgendaResponse, description: 'The agenda grid.' })
  @ApiNotFoundResponse({ description: 'No such mission, or no agenda set yet.' })
  get(@CurrentPrincipal() principal: Principal, @Param('missionId', UuidParam) missionId: string): Promise<AgendaResponse> {
    return this.agenda.get(principal, missionId);
  }
}
