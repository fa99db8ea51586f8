import { BEARER_SCHEME, CurrentPrincipal, decodeKeysetCursor, DEFAULT_PAGE_SIZE, KeysetPageQuery, UuidParam, type Principal } from '@icn/platform';
import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { canSeeFundingCall } from '../domain/funding-call-visibility';
import { FundingCallRepository } from '../persistence/funding-call.repository';
import { visibleFundingCallPage } from '../visible-funding-calls';
import { FundingCallPageResponse, FundingCallResponse } from './funding-call.response';

/** The funding calls a consortium can be built on, from consortia's own read model of opportunities. */
@ApiTags('funding-calls')
@ApiBearerAuth(BEARER_SCHEME)
@Controller('funding-calls')
export class FundingCallsController {
  constructor(private readonly calls: FundingCallRepository) {}

  @Get()
  @ApiOperation({ summary: 'Published funding calls the caller may see, soonest deadline first' })
  @ApiOkResponse({ type: FundingCallPageResponse, description: 'A page (limit, default 20, at most 100).' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: KeysetPageQuery): Promise<FundingCallPageResponse> {
    return visibleFundingCallPage(this.calls, principal, query.limit ?? DEFAULT_PAGE_SIZE, decodeKeysetCursor(query.cursor));
  }

  @Get(':opportunityId')
  @ApiOperation({ summary: 'One funding call, whatever its status, as consortia last heard of it' })
  @ApiOkResponse({ type: FundingCallResponse })
  async get(@CurrentPrincipal() principal: Principal, @Param('opportunityId', UuidParam) opportunityId: string): Promise<FundingCallResponse> {
    const document = await this.calls.findById(opportunityId);
    // Not visible is reported as not found: a caller learns nothing about calls meant for others.
    if (document === null || !canSeeFundingCall(principal, document.opportunity)) throw new NotFoundException(`funding call ${opportunityId} not found`);
    return document.opportunity;
  }
}
