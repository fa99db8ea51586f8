import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import type { Logger } from 'pino';
import { AuthModule } from './auth';
import type { BaseServiceConfig } from './config/base-service.config';
import { loadServiceConfig } from './config/load-service-config';
import { databaseConnectionProvider } from './database/database-connection.provider';
import { DatabaseLifecycle } from './database/database-lifecycle.service';
import { PlatformExceptionFilter } from './errors/platform-exception.filter';
import { createValidationPipe } from './errors/validation-pipe.factory';
import { AsyncApiController } from './contract/asyncapi.controller';
import { HealthController } from './health/health.controller';
import { ReadinessRegistry } from './health/readiness-registry';
import { createLogger } from './logging/create-logger';
import { MetricsController } from './metrics/metrics.controller';
import { PlatformMetrics } from './metrics/platform-metrics';
import type { PlatformModuleOptions } from './platform-options';
import { CONFIG, DATABASE_CONNECTION, LOGGER, METRICS, READINESS_CHECKS } from './platform.tokens';
import { TracingShutdown } from './tracing/tracing-shutdown';

/**
 * Everything a service needs before its own code: validated config, logger, database connection,
 * metrics, health endpoints, the JSON error filter, request validation, authentication
 * (`AuthModule`, a global guard honouring `@Public()`/`@Roles()`) and rate limiting. Global, so
 * feature modules inject CONFIG, LOGGER, DATABASE_CONNECTION, METRICS and READINESS_CHECKS
 * without importing anything. HTTP middleware (correlation id, request logs, latency, body limit)
 * is installed by `configureServiceApp`, because Express middleware order matters.
 */
@Module({})
export class PlatformModule {
  private static registered: PlatformModuleOptions<BaseServiceConfig> | undefined;

  static forRoot<T extends BaseServiceConfig>(options: PlatformModuleOptions<T>): DynamicModule {
    // Remembered so that bootstrapService can validate the config before Nest starts, and fail
    // with only the list of bad variables instead of a Nest stack trace.
    PlatformModule.registered = options;
    return {
      module: PlatformModule,
      global: true,
      imports: [
        TerminusModule.forRoot({ errorLogStyle: 'json' }),
        ThrottlerModule.forRootAsync({
          inject: [CONFIG],
          useFactory: (config: BaseServiceConfig) => ({
            throttlers: [{ name: 'default', ttl: 60_000, limit: config.RATE_LIMIT_PER_MINUTE }],
          }),
        }),
        // Installs AuthGuard as APP_GUARD, configured from CONFIG (OIDC_*, JWT_SECRET, JWT_ISSUER,
        // INTEGRATOR_API_KEYS).
        AuthModule.fromConfig(),
      ],
      controllers: [HealthController, MetricsController, AsyncApiController],
      providers: [
        { provide: CONFIG, useFactory: () => loadServiceConfig(options) },
        {
          provide: LOGGER,
          inject: [CONFIG],
          useFactory: (config: BaseServiceConfig): Logger => createLogger(config.SERVICE_NAME, config.LOG_LEVEL),
        },
        {
          provide: METRICS,
          inject: [CONFIG],
          useFactory: (config: BaseServiceConfig) => new PlatformMetrics(config.SERVICE_NAME),
        },
        databaseConnectionProvider,
        DatabaseLifecycle,
        ReadinessRegistry,
        { provide: READINESS_CHECKS, useExisting: ReadinessRegistry },
        { provide: APP_FILTER, useClass: PlatformExceptionFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        TracingShutdown,
      ],
      exports: [CONFIG, LOGGER, METRICS, DATABASE_CONNECTION, ReadinessRegistry, READINESS_CHECKS],
    };
  }

  /** The options of the last `forRoot` call (the app module's), if any. */
  static registeredOptions(): PlatformModuleOptions<BaseServiceConfig> | undefined {
    return PlatformModule.registered;
  }
}
