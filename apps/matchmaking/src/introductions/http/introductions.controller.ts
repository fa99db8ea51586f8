import { BEARER_SCHEME, CurrentPrincipal, Idempotent, Roles, UuidParam, type Principal } from '@icn/platform';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { IntroductionsService } from '../introductions.service';
import { DeclineIntroductionDto } from './decline-introduction.dto';
import { IntroductionPageResponse, IntroductionResponse } from './introduction.response';
import { ListIntroductionsQuery } from './list-introductions.query';
import { RecordIntroductionOutcomeDto } from './record-introduction-outcome.dto';
import { RequestIntroductionDto } from './request-introduction.dto';

/**
 * Introductions between member organisations. A's side (a member for itself, its cluster manager,
 * the secretariat) asks and may withdraw; B's side accepts or declines; either side records the
 * outcome of an accepted one, which feeds back into ranking. Transitions answer 200 with the new
 * state; a refused one is a 409 that says why. Integrators use the published events instead.
 */
@ApiTags('introductions')
@ApiBearerAuth(BEARER_SCHEME)
@Controller('introductions')
export class IntroductionsController {
  constructor(private readonly introductions: IntroductionsService) {}

  @Post()
  @Roles('network-admin', 'cluster-manager', 'member')
  @Idempotent()
  @ApiOperation({ summary: 'Ask for an introduction to another member (emits IntroductionRequested)' })
  @ApiCreatedResponse({ type: IntroductionResponse, description: 'The pending introduction.' })
  @ApiBadRequestResponse({ description: 'Invalid field, or the same organisation on both sides.' })
  @ApiNotFoundResponse({ description: 'An organisation is not in the directory.' })
  @ApiConflictResponse({ description: 'An organisation is not active, or the pair already has a pending request (named).' })
  request(@CurrentPrincipal() principal: Principal, @Body() dto: RequestIntroductionDto): Promise<IntroductionResponse> {
    return this.introductions.request(principal, dto);
  }

  @Get()
  @Roles('network-admin', 'cluster-manager', 'member')
  @ApiOperation({ summary: 'Introductions you may see (either side), newest first, with cursor pagination' })
  @ApiOkResponse({ type: IntroductionPageResponse })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListIntroductionsQuery): Promise<IntroductionPageResponse> {
    return this.introductions.list(principal, query);
  }

  @Get(':introductionId')
  @Roles('network-admin', 'cluster-manager', 'member')
  @ApiOperation({ summary: 'One introduction (either side: the organisations, their cluster managers, the secretariat)' })
  @ApiOkResponse({ type: IntroductionResponse })
  @ApiForbiddenResponse({ description: 'Not on either side.' })
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('introductionId', UuidParam) introductionId: string,
  ): Promise<IntroductionResponse> {
    return this.introductions.get(principal, introductionId);
  }

  @Post(':introductionId/accept')
  @HttpCode(200)
  @Roles('network-admin', 'cluster-manager', 'member')
  @Idempotent()
  @ApiOperation({ summary: 'B’s side accepts (emits IntroductionAccepted)' })
  @ApiOkResponse({ type: IntroductionResponse, description: 'The introduction after the change.' })
  @ApiConflictResponse({ description: 'Not pending.' })
  accept(
    @CurrentPrincipal() principal: Principal,
    @Param('introductionId', UuidParam) introductionId: string,
  ): Promise<IntroductionResponse> {
    return this.introductions.accept(principal, introductionId);
  }

  @Post(':introductionId/decline')
  @HttpCode(200)
  @Roles('network-admin', 'cluster-manager', 'member')
  @Idempotent()
  @ApiOperation({ summary: 'B’s side declines, optionally saying why (emits IntroductionDeclined)' })
  @ApiOkResponse({ type: IntroductionResponse, description: 'The introduction after the change.' })
  @ApiConflictResponse({ description: 'Not pending.' })
  decline(
    @CurrentPrincipal() principal: Principal,
    @Param('introductionId', UuidParam) introductionId: string,
    @Body() dto: DeclineIntroductionDto,
  ): Promise<IntroductionResponse> {
    return this.introductions.decline(principal, introductionId, dto.reason);
  }

  @Post(':introductionId/withdraw')
  @HttpCode(200)
  @Roles('network-admin', 'cluster-manager', 'member')
  @Idempotent()
  @ApiOperation({ summary: 'A’s side withdraws its pending request (emits IntroductionWithdrawn)' })
  @ApiOkResponse({ type: IntroductionResponse, description: 'The introduction after the change.' })
  @ApiConflictResponse({ description: 'Not pending.' })
  withdraw(
    @CurrentPrincipal() principal: Principal,
    @Param('introductionId', UuidParam) introductionId: string,
  ): Promise<IntroductionResponse> {
    return this.introductions.withdraw(principal, introductionId);
  }

  @Post(':introductionId/outcome')
  @HttpCode(200)
  @Roles('network-admin', 'cluster-manager', 'member')
  @Idempotent()
  @ApiOperation({ summary: 'Record or correct what came of an accepted introduction (emits IntroductionOutcomeRecorded)' })
  @ApiOkResponse({ type: IntroductionResponse, description: 'The introduction after the change.' })
  @ApiConflictResponse({ description: 'Not accepted.' })
  recordOutcome(
    @CurrentPrincipal() principal: Principal,
    @Param('introductionId', UuidParam) introductionId: string,
    @Body() dto: RecordIntroductionOutcomeDto,
  ): Promise<IntroductionResponse> {
    return this.introductions.recordOutcome(principal, introductionId, dto.outcome, dto.note);
  }
}
