import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { positionTestGroupAtEnd, startServiceTestApp, uniqueDbName, uniqueName } from '@icn/testing';
import { AppModule } from '../app.module';
import { DIRECTORY_TOPICS } from '../directory/consumer/directory.consumer';
import { ANNUAL_REPORT_TOPICS } from '../annual-report/consumer/annual-report.consumer';

export interface NetworkTestApp {
  app: NestExpressApplication;
  baseUrl: string;
  brokers: string;
  databaseName: string;
  /** Stops the app and drops its database. */
  close(): Promise<void>;
}

/**
 * Boots the real AppModule the way main.ts does (platform pipeline, event transport, read model)
 * on a random port against the brokers and server chosen by @icn/testing's global setup, isolated
 * by a unique database and a unique directory group positioned at the topics' current end (the
 * shared broker holds other runs' history; a test sees only its own events).
 */
export interface NetworkTestAppOptions {
  /**
   * The annual report's group and collection suffix, for a second instance that rebuilds the report
   * beside the first (same database): the caller positions the group. Default: a unique group
   * positioned at the topics' end, no suffix.
   */
  report?: { group: string; suffix: string; databaseName: string };
}

export async function startNetworkTestApp(options: NetworkTestAppOptions = {}): Promise<NetworkTestApp> {
  const brokers = process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092';
  const environment = {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'fatal',
    KAFKA_BROKERS: brokers,
    MONGODB_URI: process.env['MONGODB_URI'] ?? 'mongodb://127.0.0.1:27017',
    MONGODB_DB: options.report?.databaseName ?? uniqueDbName('net_int'),
    DIRECTORY_CONSUMER_GROUP: uniqueName('network.directory.int'),
    REPORT_CONSUMER_GROUP: options.report?.group ?? uniqueName('network.annual-report.int'),
    REPORT_COLLECTION_SUFFIX: options.report?.suffix ?? '',
    JWT_SECRET: randomBytes(32).toString('hex'),
  };
  Object.assign(process.env, environment);
  await positionTestGroupAtEnd(brokers, environment.DIRECTORY_CONSUMER_GROUP, DIRECTORY_TOPICS);
  if (!options.report) await positionTestGroupAtEnd(brokers, environment.REPORT_CONSUMER_GROUP, ANNUAL_REPORT_TOPICS);
  const started = await startServiceTestApp(AppModule, 'network');
  return { app: started.app, baseUrl: started.baseUrl, brokers, databaseName: environment.MONGODB_DB, close: started.close };
}
