import { BEARER_SCHEME, CurrentPrincipal, Idempotent, KeysetPageQuery, Roles, UuidParam, type Principal } from '@icn/platform';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PartnerSearchService } from '../partner-search.service';
import { RequestPartnerSearchDto } from './request-partner-search.dto';
import { PartnerProposalResponse } from './partner-proposal.response';
import { PartnerSearchAcceptedResponse, PartnerSearchPageResponse, PartnerSearchResponse } from './partner-search.response';

/**
 * Partner searches of a consortium. The coordinator side asks (202: matchmaking answers through
 * Kafka); members and the secretariat read the candidates and the builder's proposal.
 */
@ApiTags('consortia')
@ApiBearerAuth(BEARER_SCHEME)
@Controller('consortia/:consortiumId/partner-searches')
@Roles('network-admin', 'cluster-manager', 'member')
export class PartnerSearchController {
  constructor(private readonly searches: PartnerSearchService) {}

  @Post()
  @HttpCode(202)
  @Idempotent()
  @ApiOperation({ summary: 'Ask matchmaking for partners that close the eligibility gaps and bring the call’s competencies (emits PartnerSuggestionsRequested)' })
  @ApiAcceptedResponse({ type: PartnerSearchAcceptedResponse, description: 'Asked; poll the search for the candidates.' })
  @ApiConflictResponse({ description: 'The consortium is no longer forming or drafting.' })
  request(
    @CurrentPrincipal() principal: Principal,
    @Param('consortiumId', UuidParam) consortiumId: string,
    @Body() dto: RequestPartnerSearchDto,
  ): Promise<PartnerSearchAcceptedResponse> {
    return this.searches.request(principal, consortiumId, dto);
  }

  @Get()
  @ApiOperation({ summary: 'The consortium’s partner searches, newest first (members and the secretariat)' })
  @ApiOkResponse({ type: PartnerSearchPageResponse, description: 'A page (limit, default 20, at most 100).' })
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('consortiumId', UuidParam) consortiumId: string,
    @Query() query: KeysetPageQuery,
  ): Promise<PartnerSearchPageResponse> {
    return this.searches.list(principal, consortiumId, query);
  }

  @Get(':requestId')
  @ApiOperation({ summary: 'A partner search: pending, or proposed with the candidates, the gaps each closes and their explanations' })
  @ApiOkResponse({ type: PartnerSearchResponse })
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('consortiumId', UuidParam) consortiumId: string,
    @Param('requestId', UuidParam) requestId: string,
  ): Promise<PartnerSearchResponse> {
    return this.searches.get(principal, consortiumId, requestId);
  }

  @Get(':requestId/proposal')
  @ApiOperation({ summary: 'A small set of the candidates that together close every missing requirement they can (fewest partners, then highest total score)' })
  @ApiOkResponse({ type: PartnerProposalResponse })
  @ApiConflictResponse({ description: 'Matchmaking has not answered yet.' })
  proposal(
    @CurrentPrincipal() principal: Principal,
    @Param('consortiumId', UuidParam) consortiumId: string,
    @Param('requestId', UuidParam) requestId: string,
  ): Promise<PartnerProposalResponse> {
    return this.searches.proposal(principal, consortiumId, requestId);
  }
}
