import { DEVELOPMENT_JWT_SECRET, DEFAULT_JWT_ISSUER, hashApiKey, mintToken, type TokenClaims } from '@icn/platform';
import { startServiceTestApp, uniqueDbName, type ServiceTestApp } from '@icn/testing';
import { AppModule } from '../app.module';

/** The integrator API key the test app accepts (as `X-API-Key`). */
export const TEST_INTEGRATOR_KEY = 'membership-it-integrator-key';

export interface MembershipTestApp extends Pick<ServiceTestApp, 'baseUrl' | 'db' | 'call'> {
  /** The database this app (and any replica of it) uses. */
  databaseName: string;
  /** Stops the app and, unless it is a replica of another app, drops its database. */
  close(): Promise<void>;
  token(claims: TokenClaims): string;
}

export interface MembershipTestAppOptions {
  /** Start a second replica of this app: the same database and topics, as in a scaled-out deployment. */
  replicaOf?: MembershipTestApp;
}

/**
 * Boots the real membership app the way main.ts does (real Kafka, real FerretDB, real HTTP on a
 * random port) through @icn/testing's startServiceTestApp, in a fresh database, or with `replicaOf`
 * as another replica on an existing app's database. KAFKA_BROKERS / MONGODB_URI come from
 * @icn/testing's global setup.
 */
export async function startMembershipTestApp(options: MembershipTestAppOptions = {}): Promise<MembershipTestApp> {
  const primary = options.replicaOf;
  const databaseName = primary?.databaseName ?? uniqueDbName('membership_it');
  Object.assign(process.env, {
    MONGODB_DB: databaseName,
    JWT_SECRET: DEVELOPMENT_JWT_SECRET,
    OUTBOX_POLL_MS: '250',
    INTEGRATOR_API_KEYS: `it-crm:${hashApiKey(TEST_INTEGRATOR_KEY)}`,
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'error',
    KAFKAJS_NO_PARTITIONER_WARNING: '1',
  });
  const started = await startServiceTestApp(AppModule, 'membership');
  return {
    baseUrl: started.baseUrl,
    db: started.db,
    databaseName,
    token: (claims) => mintToken(claims, DEVELOPMENT_JWT_SECRET, { issuer: DEFAULT_JWT_ISSUER, expiresIn: '15m' }),
    call: started.call,
    // A replica leaves the shared database to the app it joined (close replicas first).
    close: primary === undefined ? started.close : started.stop,
  };
}
