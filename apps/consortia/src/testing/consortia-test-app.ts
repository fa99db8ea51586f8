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
  /** Stops the app and drops its database. */
  close(): Promise<void>;
}

/**
 * Boots the real AppModule (platform pipeline, messaging, read models) on a random port against the
 * brokers and server chosen by @icn/testing's global setup, isolated by a unique database and
 * unique consumer groups. The groups start at the topics' current end (positionTestGroupAtEnd): the
 * shared broker holds other runs' history, and a test sees only its own events.
 */
export async function startConsortiaTestApp(): Promise<ConsortiaTestApp> {
  const brokers = process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092';
  const directoryGroup = uniqueName('consortia.directory.int');
  const opportunityGroup = uniqueName('consortia.opportunities.int');
  const databaseName = uniqueDbName('cons_int');
  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'fatal',
    KAFKA_BROKERS: brokers,
    MONGODB_URI: process.env['MONGODB_URI'] ?? 'mongodb://127.0.0.1:27017',
    MONGODB_DB: databaseName,
    DIRECTORY_CONSUMER_GROUP: directoryGroup,
    OPPORTUNITY_CONSUMER_GROUP: opportunityGroup,
    JWT_SECRET: randomBytes(32).toString('hex'),
  });
  await positionTestGroupAtEnd(brokers, directoryGroup, DIRECTORY_TOPICS);
  await positionTestGroupAtEnd(brokers, opportunityGroup, OPPORTUNITY_TOPICS);

  const app = await createServiceApp(AppModule, { serviceName: 'consortia', openApi: { title: 'ICN Consortia' } });
  app.enableShutdownHooks();
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const connection = app.get<Connection>(DATABASE_CONNECTION);
  const close = async (): Promise<void> => {
    // Drop while the connection is still open (the platform closes it during app.close()).
    await connection.dropDatabase();
    await app.close();
  };
  return { app, baseUrl, brokers, databaseName, close };
}
