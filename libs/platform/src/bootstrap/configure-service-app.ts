import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import type { BaseServiceConfig } from '../config/base-service.config';
import { createBodyParserErrorMiddleware } from '../errors/body-parser-error.middleware';
import { jsonDepthGuard } from '../http/json-depth-guard';
import { correlationIdMiddleware } from '../logging/correlation-id.middleware';
import { createHttpLoggerMiddleware } from '../logging/http-logger.middleware';
import { PinoNestLogger } from '../logging/pino-nest-logger';
import { createHttpMetricsMiddleware } from '../metrics/http-metrics.middleware';
import type { PlatformMetrics } from '../metrics/platform-metrics';
import type { BootstrapOptions } from '../platform-options';
import { CONFIG, LOGGER, METRICS } from '../platform.tokens';
import { parseTrustProxy } from '../http/trust-proxy';
import { setupSwagger } from './swagger';

/**
 * Installs the HTTP pipeline on an app created with `bodyParser: false` and not yet initialised
 * (`bootstrapService` does both; an integration test calls it on `createNestApplication(...)`).
 * Order matters: the correlation id comes first so everything after it, including the request log
 * line and body-parser errors, carries it; the body parsers come before Nest's router.
 */
export function configureServiceApp(app: NestExpressApplication, options: BootstrapOptions): void {
  const config = app.get<BaseServiceConfig>(CONFIG);
  const logger = app.get<Logger>(LOGGER);
  const metrics = app.get<PlatformMetrics>(METRICS);

  app.useLogger(new PinoNestLogger(logger));
  app.flushLogs();
  app.disable('x-powered-by');
  // req.ip (the rate limit's key, the request log's clientAddress) follows X-Forwarded-For only as
  // far as TRUST_PROXY says; off by default, so a client cannot choose its own address.
  app.set('trust proxy', parseTrustProxy(config.TRUST_PROXY) ?? false);

  app.use(correlationIdMiddleware);
  app.use(createHttpLoggerMiddleware(logger));
  app.use(createHttpMetricsMiddleware(metrics));
  app.useBodyParser('json', { limit: config.HTTP_BODY_LIMIT, verify: jsonDepthGuard(config.HTTP_JSON_MAX_DEPTH) });
  app.useBodyParser('urlencoded', { limit: config.HTTP_BODY_LIMIT, extended: true });
  app.use(createBodyParserErrorMiddleware(logger));

  if (options.openApi !== undefined) setupSwagger(app, options.openApi);
}
