import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import { DATABASE_CONNECTION, LOGGER } from '../platform.tokens';

/**
 * Closes the connection in the last shutdown phase (onApplicationShutdown), after the modules'
 * onModuleDestroy/beforeApplicationShutdown hooks, in which consumers finish in-flight work and
 * the outbox relay flushes: both still need the database then.
 */
@Injectable()
export class DatabaseLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(DATABASE_CONNECTION) private readonly connection: Connection,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
    this.logger.info('database connection closed');
  }
}
