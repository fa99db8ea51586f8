import type { FactoryProvider } from '@nestjs/common';
import mongoose, { type Connection } from 'mongoose';
import type { Logger } from 'pino';
import type { BaseServiceConfig } from '../config/base-service.config';
import { CONFIG, DATABASE_CONNECTION, LOGGER } from '../platform.tokens';

/**
 * Opens the service's own database before the app starts serving (the factory awaits the open),
 * so a wrong URI fails the start-up rather than the first request. A dedicated connection rather
 * than mongoose's default one keeps services and tests in one process from sharing state.
 */
export const databaseConnectionProvider: FactoryProvider<Connection> = {
  provide: DATABASE_CONNECTION,
  inject: [CONFIG, LOGGER],
  useFactory: async (config: BaseServiceConfig, logger: Logger): Promise<Connection> => {
    const connection = mongoose.createConnection(config.MONGODB_URI, {
      dbName: config.MONGODB_DB,
      // Fail the start-up (or a readiness check) in seconds, not mongoose's default 30 s.
      serverSelectionTimeoutMS: 10_000,
      maxPoolSize: config.MONGODB_MAX_POOL_SIZE,
    });
    await connection.asPromise();
    logger.info({ db: config.MONGODB_DB }, 'database connected');
    return connection;
  },
};
