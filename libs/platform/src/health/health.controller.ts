import { Controller, Get, Inject, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  type HealthCheckResult,
  type HealthIndicatorFunction,
} from '@nestjs/terminus';
import { SkipThrottle } from '@nestjs/throttler';
import type { Connection } from 'mongoose';
import { Public } from '../auth';
import type { PlatformResponse } from '../http/http-types';
import { DATABASE_CONNECTION } from '../platform.tokens';
import { ReadinessRegistry, type ReadinessCheck } from './readiness-registry';
import { withTimeout } from './with-timeout';

const DEFAULT_TIMEOUT_MS = 3000;

/**
 * Liveness says the process can serve at all (no dependencies: restarting a service because Kafka
 * is down would not help). Readiness says it should get traffic: MongoDB answers a ping and every
 * registered check passes. A failing readiness answers 503 with terminus's per-check detail rather
 * than the generic error body, because that detail is what an operator needs.
 */
@Public()
@SkipThrottle()
@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly registry: ReadinessRegistry,
    @Inject(DATABASE_CONNECTION) private readonly connection: Connection,
  ) {}

  @Get('live')
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  async ready(@Res({ passthrough: true }) res: PlatformResponse): Promise<HealthCheckResult | object> {
    const checks: ReadinessCheck[] = [
      { name: 'shutdown', check: async () => this.assertNotShuttingDown() },
      { name: 'mongo', check: () => this.pingMongo() },
      ...this.registry.list(),
    ];
    try {
      return await this.health.check(checks.map((check) => this.toIndicator(check)));
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      res.statusCode = 503;
      const body = error.getResponse();
      return typeof body === 'string' ? { status: 'error', message: body } : body;
    }
  }

  private toIndicator(check: ReadinessCheck): HealthIndicatorFunction {
    return async () => {
      const session = this.indicators.check(check.name);
      try {
        await withTimeout(check.check(), check.timeoutMs ?? DEFAULT_TIMEOUT_MS, check.name);
        return session.up();
      } catch (error) {
        return session.down({ message: error instanceof Error ? error.message : String(error) });
      }
    };
  }

  private async pingMongo(): Promise<void> {
    if (this.connection.readyState !== 1 || this.connection.db === undefined) {
      throw new Error('not connected');
    }
    await this.connection.db.command({ ping: 1 });
  }

  private assertNotShuttingDown(): void {
    if (this.registry.isShuttingDown) throw new Error('shutting down');
  }
}
