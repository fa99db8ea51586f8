import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { positionTestGroupAtEnd, startServiceTestApp, uniqueDbName, uniqueName } from '@icn/testing';
import { AppModule } from '../app.module';
import { DIRECTORY_TOPICS } from '../directory/consumer/directory.consumer';
import { OPPORTUNITY_TOPICS } from '../funding-calls/consumer/funding-call.consumer';

export interface ConsortiaTestApp {
  app: NestExpressApplication;
  baseUrl: string;
  brokers: string;
  databaseName: string;
  /** What a second replica needs to join this one (same database, consumer groups and JWT secret). */
  readonly environment: TestAppEnvironment;
  /** Stops the app and, unless it joined another app's database, drops its database. */
  close(): Promise<void>;
}

/** The environment the app is configured from (a replica's is its primary's). */
export interface TestAppEnvironment {
  readonly NODE_ENV: string;
  readonly LOG_LEVEL: string;
  readonly KAFKA_BROKERS: string;
  readonly MONGODB_URI: string;
  readonly MONGODB_DB: string;
  readonly DIRECTORY_CONSUMER_GROUP: string;
  readonly OPPORTUNITY_CONSUMER_GROUP: string;
  readonly JWT_SECRET: string;
}

export interface ConsortiaTestAppOptions {
  /** Start a second replica of this app: the same database and consumer groups, as in a scaled-out deployment. */
  replicaOf?: ConsortiaTestApp;
}

/**
 * Boots the real AppModule the way main.ts does (platform pipeline, event transport, read models)
 * through @icn/testing's startServiceTestApp, on a random port against the brokers and server
 * chosen by its global setup, isolated by a unique database and unique consumer groups. The groups
 * start at the topics' current end (positionTestGroupAtEnd): the shared broker holds other runs'
 * history, and a test sees only its own events. With `replicaOf`, a second instance joins the
 * first one's database and groups.
 */
export async function startConsortiaTestApp(options: ConsortiaTestAppOptions = {}): Promise<ConsortiaTestApp> {
  const brokers = process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092';
  const primary = options.replicaOf;
  const environment: TestAppEnvironment = primary?.environment ?? {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'fatal',
    KAFKA_BROKERS: brokers,
    MONGODB_URI: process.env['MONGODB_URI'] ?? 'mongodb://127.0.0.1:27017',
    MONGODB_DB: uniqueDbName('cons_int'),
    DIRECTORY_CONSUMER_GROUP: uniqueName('consortia.directory.int'),
    OPPORTUNITY_CONSUMER_GROUP: uniqueName('consortia.opportunities.int'),
    JWT_SECRET: randomBytes(32).toString('hex'),
  };
  Object.assign(process.env, environment);
  // A replica joins groups that are positioned already (and may be consuming).
  if (primary === undefined) {
    await positionTestGroupAtEnd(brokers, environment.DIRECTORY_CONSUMER_GROUP, DIRECTORY_TOPICS);
    await positionTestGroupAtEnd(brokers, environment.OPPORTUNITY_CONSUMER_GROUP, OPPORTUNITY_TOPICS);
  }

  const started = await startServiceTestApp(AppModule, 'consortia');
  // A replica leaves the shared database to the app whose database it joined (close the replica first).
  const close = primary === undefined ? started.close : started.stop;
  return { app: started.app, baseUrl: started.baseUrl, brokers, databaseName: environment.MONGODB_DB, environment, close };
}
