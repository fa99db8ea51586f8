import { SECTION_KEY_PATTERN } from '@icn/contracts';
import { BEARER_SCHEME, CurrentPrincipal, Idempotent, Roles, UuidParam, type Principal } from '@icn/platform';
import { BadRequestException, Body, Controller, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ConsortiumWorkspaceService } from '../consortium-workspace.service';
import { AddSectionDto } from './add-section.dto';
import { ConsortiumResponse } from './consortium.response';
import { SetBudgetDto } from './set-budget.dto';
import { UpdateSectionDto } from './update-section.dto';

/** The application workspace: sections and budget, editable until submission (then 409). */
@ApiTags('consortia')
@ApiBearerAuth(BEARER_SCHEME)
@Controller('consortia/:consortiumId')
@Roles('network-admin', 'cluster-manager', 'member')
export class ConsortiumWorkspaceController {
  constructor(private readonly workspace: ConsortiumWorkspaceService) {}

  @Post('sections')
  @HttpCode(201)
  @Idempotent()
  @ApiOperation({ summary: 'Add a custom section (coordinator side; emits ConsortiumSectionAdded)' })
  @ApiCreatedResponse({ type: ConsortiumResponse, description: 'The consortium with the section.' })
  @ApiConflictResponse({ description: 'The key exists, or the application is submitted.' })
  addSection(
    @CurrentPrincipal() principal: Principal,
    @Param('consortiumId', UuidParam) consortiumId: string,
    @Body() dto: AddSectionDto,
  ): Promise<ConsortiumResponse> {
    return this.workspace.addSection(principal, consortiumId, dto);
  }

  @Patch('sections/:key')
  @Idempotent()
  @ApiOperation({ summary: 'Change a section: owner, due date, title (coordinator side) or status (also its owner) (emits ConsortiumSectionUpdated)' })
  @ApiOkResponse({ type: ConsortiumResponse, description: 'The consortium after the change.' })
  @ApiConflictResponse({ description: 'The application is submitted.' })
  updateSection(
    @CurrentPrincipal() principal: Principal,
    @Param('consortiumId', UuidParam) consortiumId: string,
    @Param('key') key: string,
    @Body() dto: UpdateSectionDto,
  ): Promise<ConsortiumResponse> {
    if (!SECTION_KEY_PATTERN.test(key)) throw new BadRequestException(['key: must be a kebab-case section key']);
    return this.workspace.updateSection(principal, consortiumId, key, dto);
  }

  @Put('budget/:organisationId')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Replace a member’s budget lines (that member’s side or the coordinator side; emits ConsortiumBudgetUpdated)' })
  @ApiOkResponse({ type: ConsortiumResponse, description: 'The consortium after the change.' })
  @ApiConflictResponse({ description: 'The application is submitted.' })
  setBudget(
    @CurrentPrincipal() principal: Principal,
    @Param('consortiumId', UuidParam) consortiumId: string,
    @Param('organisationId', UuidParam) organisationId: string,
    @Body() dto: SetBudgetDto,
  ): Promise<ConsortiumResponse> {
    return this.workspace.setBudget(principal, consortiumId, organisationId, dto);
  }
}
