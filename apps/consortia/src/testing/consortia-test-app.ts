import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createServiceApp, DATABASE_CONNECTION } from '@icn/platform';
import type { Connection } from 'mongoose';
import { positionTestGroupAtEnd, uniqueDbName, uniqueName } from '@icn/testing';
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
 * Boots the real AppModule (platform pipeline, messaging, read models) on a random port against the
 * brokers and server chosen by @icn/testing's global setup, isolated by a unique database and
 * unique consumer groups. The groups start at the topics' current end (positionTestGroupAtEnd): the
 * shared broker holds other runs' history, and a test sees only its own events. With `replicaOf`,
 * a second instance joins the first one's database and groups.
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
  const databaseName = environment.MONGODB_DB;
  Object.assign(process.env, environment);
  // A replica joins groups that are positioned already (and may be consuming).
  if (primary === undefined) {
    await positionTestGroupAtEnd(brokers, environment.DIRECTORY_CONSUMER_GROUP, DIRECTORY_TOPICS);
    await positionTestGroupAtEnd(brokers, environment.OPPORTUNITY_CONSUMER_GROUP, OPPORTUNITY_TOPICS);
  }

  const app = await createServiceApp(AppModule, { serviceName: 'consortia', openApi: { title: 'ICN Consortia' } });
  app.enableShutdownHooks();
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const connection = app.get<Connection>(DATABASE_CONNECTION);
  const close = async (): Promise<void> => {
    // Drop while the connection is still open (the platform closes it during app.close()); a
    // replica leaves that to the app whose database it joined (close the replica first).
    if (primary === undefined) await connection.dropDatabase();
    await app.close();
  };
  return { app, baseUrl, brokers, databaseName, environment, close };
}
