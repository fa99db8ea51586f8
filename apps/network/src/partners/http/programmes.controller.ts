import { BEARER_SCHEME, Idempotent, Roles, UuidParam } from '@icn/platform';
import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProgrammesService } from '../programmes.service';
import { ListProgrammesQuery } from './list-programmes.query';
import { ProgrammeDefinitionDto, RegisterProgrammeDto } from './programme.dto';
import { ProgrammePageResponse, ProgrammeResponse } from './programme.response';

/**
 * Partners' programmes members apply to through the network, with their eligibility, call window
 * and what the partner needs from an application. The secretariat registers and changes them;
 * everyone signed in reads them.
 */
@ApiTags('programmes')
@ApiBearerAuth(BEARER_SCHEME)
@Controller('programmes')
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Post()
  @Roles('network-admin')
  @Idempotent()
  @ApiOperation({ summary: 'Register a partner’s programme (secretariat; emits ProgrammeRegistered)' })
  @ApiCreatedResponse({ type: ProgrammeResponse })
  register(@Body() dto: RegisterProgrammeDto): Promise<ProgrammeResponse> {
    return this.programmes.register(dto);
  }

  @Put(':programmeId')
  @Roles('network-admin')
  @ApiOperation({ summary: 'Replace a programme’s definition: eligibility, call window, requirements (secretariat; emits ProgrammeUpdated when anything changed)' })
  @ApiOkResponse({ type: ProgrammeResponse })
  update(@Param('programmeId', UuidParam) programmeId: string, @Body() dto: ProgrammeDefinitionDto): Promise<ProgrammeResponse> {
    return this.programmes.update(programmeId, dto);
  }

  @Get()
  @Roles('network-admin', 'cluster-manager', 'member', 'integrator')
  @ApiOperation({ summary: 'Programmes, the call closing soonest first; `open=true` for those open now' })
  @ApiOkResponse({ type: ProgrammePageResponse, description: 'A page (limit, default 20, at most 100).' })
  list(@Query() query: ListProgrammesQuery): Promise<ProgrammePageResponse> {
    return this.programmes.list(query);
  }

  @Get(':programmeId')
  @Roles('network-admin', 'cluster-manager', 'member', 'integrator')
  @ApiOperation({ summary: 'One programme' })
  @ApiOkResponse({ type: ProgrammeResponse })
  get(@Param('programmeId', UuidParam) programmeId: string): Promise<ProgrammeResponse> {
    return this.programmes.get(programmeId);
  }
}
