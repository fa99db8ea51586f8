import { DEFAULT_JWT_ISSUER, DEVELOPMENT_JWT_SECRET, hashApiKey, mintToken, type TokenClaims } from '@icn/platform';
import { startServiceTestApp, uniqueDbName, uniqueName } from '@icn/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Connection } from 'mongoose';

/** The integrator API key the test app accepts (as `X-API-Key`). */
export const TEST_INTEGRATOR_KEY = 'opportunities-it-integrator-key';

export interface CallResult {
  status: number;
  body: unknown;
  headers: Headers;
}

export interface OpportunitiesTestApp {
  app: NestExpressApplication;
  baseUrl: string;
  brokers: string;
  db: Connection;
  token(claims: TokenClaims): string;
  call(method: string, path: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<CallResult>;
  close(): Promise<void>;
}

/**
 * Boots the real opportunities app (real Kafka, real FerretDB, real HTTP on a random port) in a
 * fresh database with its own directory consumer group. Fast polls so expiry and the commit relay are
 * quick; `env` overrides any variable. KAFKA_BROKERS / MONGODB_URI come from @icn/testing.
 */
export async function startOpportunitiesTestApp(env: Record<string, string> = {}): Promise<OpportunitiesTestApp> {
  Object.assign(process.env, {
    NODE_ENV: 'test',
    MONGODB_DB: uniqueDbName('opp_it'),
    JWT_SECRET: DEVELOPMENT_JWT_SECRET,
    OUTBOX_POLL_MS: '250',
    DIRECTORY_CONSUMER_GROUP: uniqueName('opportunities.membership.it'),
    // The shared membership topics hold thousands of events from other runs; tests publish the
    // clusters and organisations they need (seedMembership) and start the read model at the end.
    DIRECTORY_FROM_BEGINNING: 'false',
    // Its own programme group (new, so at the topic's end): a shared one would resume where another
    // run left it and announce other runs' programmes to this test's subscriptions (ADR 23).
    NETWORK_PROGRAMMES_CONSUMER_GROUP: uniqueName('opportunities.network-programmes.it'),
    EXPIRY_POLL_MS: '200',
    EXPIRY_LEASE_MS: '3000',
    INTEGRATOR_API_KEYS: `it-crm:${hashApiKey(TEST_INTEGRATOR_KEY)}`,
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'fatal',
    KAFKAJS_NO_PARTITIONER_WARNING: '1',
    ...env,
  });
  // Loaded after the environment is set: the module reads it when Nest instantiates CONFIG.
  const { AppModule } = await import('../../app.module');
  // As main.ts does (the shared test start): the event transport's @OnEvent groups start before HTTP.
  const started = await startServiceTestApp(AppModule, 'opportunities');
  return {
    app: started.app,
    baseUrl: started.baseUrl,
    brokers: process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092',
    db: started.db,
    token: (claims) => mintToken(claims, DEVELOPMENT_JWT_SECRET, { issuer: DEFAULT_JWT_ISSUER, expiresIn: '15m' }),
    call: (method, path, options) => started.call(method, path, options),
    close: () => started.close(),
  };
}
