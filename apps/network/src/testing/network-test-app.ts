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
  /** What a second replica needs to join this one (same database, consumer groups and JWT secret). */
  readonly environment: Readonly<Record<string, string>>;
  /** Stops the app and, unless it joined another app's database, drops its database. */
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
  /** Start a second replica of this app: the same database and consumer groups, as in a scaled-out deployment. */
  replicaOf?: NetworkTestApp;
}

export async function startNetworkTestApp(options: NetworkTestAppOptions = {}): Promise<NetworkTestApp> {
  const brokers = process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092';
  const primary = options.replicaOf;
  const environment: Readonly<Record<string, string>> = primary?.environment ?? {
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
  const setting = (name: string): string => {
    const value = environment[name];
    if (value === undefined) throw new Error(`${name} is not set`);
    return value;
  };
  // A replica joins groups that are positioned already (and may be consuming).
  if (primary === undefined) {
    await positionTestGroupAtEnd(brokers, setting('DIRECTORY_CONSUMER_GROUP'), DIRECTORY_TOPICS);
    if (!options.report) await positionTestGroupAtEnd(brokers, setting('REPORT_CONSUMER_GROUP'), ANNUAL_REPORT_TOPICS);
  }
  const started = await startServiceTestApp(AppModule, 'network');
  // A replica leaves the shared database to the app whose database it joined (close the replica first).
  const close = primary === undefined ? started.close : started.stop;
  return { app: started.app, baseUrl: started.baseUrl, brokers, databaseName: setting('MONGODB_DB'), environment, close };
}
