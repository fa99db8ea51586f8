import { createServiceApp, DATABASE_CONNECTION, DEVELOPMENT_JWT_SECRET, DEFAULT_JWT_ISSUER, hashApiKey, mintToken, type TokenClaims } from '@icn/platform';
import { uniqueDbName } from '@icn/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Connection } from 'mongoose';

/** The integrator API key the test app accepts (as `X-API-Key`). */
export const TEST_INTEGRATOR_KEY = 'membership-it-integrator-key';

export interface MembershipTestApp {
  baseUrl: string;
  db: Connection;
  /** The database this app (and any replica of it) uses. */
  databaseName: string;
  /** Stops the app and, unless it is a replica of another app, drops its database. */
  close(): Promise<void>;
  token(claims: TokenClaims): string;
  /** fetch against the app with a bearer token and JSON body. */
  call(method: string, path: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; body: unknown; headers: Headers }>;
}

export interface MembershipTestAppOptions {
  /** Start a second replica of this app: the same database and topics, as in a scaled-out deployment. */
  replicaOf?: MembershipTestApp;
}

/**
 * Boots the real membership app (real Kafka, real FerretDB, real HTTP on a random port) in a fresh
 * database, or with `replicaOf` as another replica on an existing app's database.
 * KAFKA_BROKERS / MONGODB_URI come from @icn/testing's global setup.
 */
export async function startMembershipTestApp(options: MembershipTestAppOptions = {}): Promise<MembershipTestApp> {
  const primary = options.replicaOf;
  const databaseName = primary?.databaseName ?? uniqueDbName('membership_it');
  process.env['MONGODB_DB'] = databaseName;
  process.env['JWT_SECRET'] = DEVELOPMENT_JWT_SECRET;
  process.env['OUTBOX_POLL_MS'] = '250';
  process.env['INTEGRATOR_API_KEYS'] = `it-crm:${hashApiKey(TEST_INTEGRATOR_KEY)}`;
  process.env['LOG_LEVEL'] = process.env['LOG_LEVEL'] ?? 'error';
  process.env['KAFKAJS_NO_PARTITIONER_WARNING'] = '1';
  // Loaded after the environment is set: the module reads it when Nest instantiates CONFIG.
  const { AppModule } = await import('../app.module');
  const app: NestExpressApplication = await createServiceApp(AppModule, { serviceName: 'membership', openApi: { title: 'ICN Membership' } });
  app.enableShutdownHooks();
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const db = app.get<Connection>(DATABASE_CONNECTION);

  return {
    baseUrl,
    db,
    databaseName,
    token: (claims) => mintToken(claims, DEVELOPMENT_JWT_SECRET, { issuer: DEFAULT_JWT_ISSUER, expiresIn: '15m' }),
    async call(method, path, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      if (options.token) headers['authorization'] = `Bearer ${options.token}`;
      if (options.body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined, headers: response.headers };
    },
    async close() {
      // A replica leaves the shared database to the app it joined (close replicas first).
      if (primary === undefined) await db.dropDatabase().catch(() => undefined);
      await app.close();
    },
  };
}
