import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '../auth';
import type { PlatformResponse } from '../http/http-types';
import { METRICS } from '../platform.tokens';
import type { PlatformMetrics } from './platform-metrics';

/**
 * Prometheus scrape endpoint. Public and unthrottled because the scraper has no credentials and
 * scrapes on a schedule; restrict it at the network level in production.
 */
@Public()
@SkipThrottle()
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(METRICS) private readonly metrics: PlatformMetrics) {}

  @Get()
  async scrape(@Res({ passthrough: true }) res: PlatformResponse): Promise<string> {
    res.setHeader('content-type', this.metrics.contentType);
    return this.metrics.render();
  }
}
