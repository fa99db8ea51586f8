import type { DynamicModule, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import type { BaseServiceConfig } from '../config/base-service.config';
import { ConfigValidationError } from '../config/config-validation.error';
import { loadServiceConfig } from '../config/load-service-config';
import { PlatformModule } from '../platform.module';
import type { BootstrapOptions } from '../platform-options';
import { CONFIG, LOGGER } from '../platform.tokens';
import { configureServiceApp } from './configure-service-app';
import { connectServiceTransport, startServiceApp } from './service-transport';
import { installShutdownTimeout } from './shutdown-timeout';

/** The root module of a service (a class decorated with `@Module`, or a dynamic module). */
export type AppModule = Type<unknown> | DynamicModule;

/**
 * Creates the app with the platform's HTTP pipeline and its event transport connected (a hybrid
 * app), neither initialised nor listening: start it with `startServiceApp`.
 */
export async function createServiceApp(appModule: AppModule, options: BootstrapOptions): Promise<NestExpressApplication> {
  // abortOnError: false makes a failing start-up reject here (so the caller decides what to do)
  // instead of Nest calling process.abort(); bufferLogs holds Nest's own lines until pino is in.
  const app = await NestFactory.create<NestExpressApplication>(appModule, {
    bodyParser: false,
    bufferLogs: true,
    abortOnError: false,
  });
  configureServiceApp(app, options);
  connectServiceTransport(app);
  return app;
}

/**
 * The whole `main.ts` of a service: validate the environment, create the app, listen on PORT,
 * shut down in order on SIGTERM/SIGINT. A bad environment prints the list of bad variables to
 * stderr and exits 1; any other start-up failure is printed and exits 1 as well, so an
 * orchestrator sees a crash rather than a process that hangs half-started.
 */
export async function bootstrapService(appModule: AppModule, options: BootstrapOptions): Promise<NestExpressApplication> {
  try {
    // Validate before Nest starts so a config error is reported alone, without Nest's stack trace.
    const registered = PlatformModule.registeredOptions();
    if (registered !== undefined) loadServiceConfig(registered);

    const app = await createServiceApp(appModule, options);
    const config = app.get<BaseServiceConfig>(CONFIG);
    const logger = app.get<Logger>(LOGGER);
    installShutdownTimeout(config.SHUTDOWN_TIMEOUT_MS, logger);
    app.enableShutdownHooks();
    await startServiceApp(app, config.PORT);
    logger.info({ port: config.PORT }, `${options.serviceName} listening`);
    return app;
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      process.stderr.write(`${options.serviceName}: ${error.message}\n`);
    } else {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      process.stderr.write(`${options.serviceName}: failed to start: ${detail}\n`);
    }
    return process.exit(1);
  }
}
