import { BEARER_SCHEME, CurrentPrincipal, Roles, type Principal } from '@icn/platform';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ConsortiumReportsService } from '../consortium-reports.service';
import { ConsortiumStatisticsResponse } from './consortium-statistics.response';
import { OutcomeRegisterQuery } from './outcome-register.query';
import { OutcomeRegisterPageResponse } from './outcome-register.response';
import { YearQuery } from './year.query';

/**
 * Reporting. Registered before ConsortiaController so `/consortia/outcomes` is not taken for a
 * consortium id.
 */
@ApiTags('consortia')
@ApiBearerAuth(BEARER_SCHEME)
@Controller('consortia')
export class ConsortiumReportsController {
  constructor(private readonly reports: ConsortiumReportsService) {}

  @Get('outcomes')
  @Roles('network-admin', 'cluster-manager', 'member')
  @ApiOperation({ summary: 'Outcome register: consortia whose outcome was recorded in the year, as far as the caller may see them' })
  @ApiOkResponse({ type: OutcomeRegisterPageResponse })
  outcomes(@CurrentPrincipal() principal: Principal, @Query() query: OutcomeRegisterQuery): Promise<OutcomeRegisterPageResponse> {
    return this.reports.outcomes(principal, query);
  }

  @Get('statistics')
  @ApiOperation({
    summary:
      'Yearly figures of the consortia submitted in the year, network-wide and per cluster (a cluster counts consortia with at least one member from it): submissions, outcomes, success rate, EUR granted',
  })
  @ApiOkResponse({ type: ConsortiumStatisticsResponse })
  statistics(@Query() query: YearQuery): Promise<ConsortiumStatisticsResponse> {
    return this.reports.statistics(query.year);
  }
}
