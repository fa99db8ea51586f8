import { BEARER_SCHEME } from '@icn/platform';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PassportStatisticsService } from '../passport-statistics.service';
import { PassportStatisticsQuery } from './passport-statistics.query';
import { PassportStatisticsResponse } from './passport-statistics.response';

/** The yearly figures the network reports; counts only, so any authenticated role may read them. */
@ApiTags('passport')
@ApiBearerAuth(BEARER_SCHEME)
@Controller('passport/statistics')
export class PassportStatisticsController {
  constructor(private readonly statistics: PassportStatisticsService) {}

  @Get()
  @ApiOperation({ summary: 'Applications of a year by host cluster, by home cluster and network-wide' })
  @ApiOkResponse({ type: PassportStatisticsResponse })
  get(@Query() query: PassportStatisticsQuery): Promise<PassportStatisticsResponse> {
    return this.statistics.forYear(query.year);
  }
}
