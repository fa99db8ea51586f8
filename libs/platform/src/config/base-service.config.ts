import { IsIn, IsInt, IsNotEmpty, IsString, Matches, Max, Min, ValidateBy, ValidateIf } from 'class-validator';
import { parseTrustProxy } from '../http/trust-proxy';
import { CLAIM_PATH, jwtSecretProblem, oidcIssuerProblem, SettingsRule } from './auth-settings.rules';
import { KafkaClientConfig } from './kafka-client.config';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * The environment every service needs: how it reaches the brokers (KafkaClientConfig) and
 * everything else below. A service extends it with its own variables (and may
 * override a default, e.g. `override PORT = 3001`). Defaults suit a laptop running the local stack;
 * authentication has none on purpose: a deployment names its OpenID Connect provider (OIDC_ISSUER),
 * a development run may use a shared JWT_SECRET instead.
 * `loadConfig` fills SERVICE_NAME, MONGODB_DB and KAFKA_CLIENT_ID from the service name when
 * `PlatformModule.forRoot` loads it.
 *
 * Strings from the environment are converted to the type of the property's default (number,
 * boolean, comma-separated list); a property without a default needs a type annotation instead.
 */
export class BaseServiceConfig extends KafkaClientConfig {
  @IsString()
  @Matches(/^[a-z][a-z0-9-]*$/, { message: 'must be lower-case kebab-case' })
  SERVICE_NAME: string = 'icn-service';

  @IsIn(NODE_ENVS)
  NODE_ENV: (typeof NODE_ENVS)[number] = 'development';

  @IsInt()
  @Min(1)
  @Max(65535)
  PORT: number = 3000;

  @Matches(/^mongodb(\+srv)?:\/\/\S+$/, { message: 'must be a mongodb:// or mongodb+srv:// URI' })
  MONGODB_URI: string = 'mongodb://127.0.0.1:27017';

  // FerretDB and MongoDB both accept this character set; a typo'd name would otherwise silently
  // create a fresh, empty database.
  @Matches(/^[A-Za-z0-9_-]{1,63}$/, { message: 'must be 1-63 characters of letters, digits, _ or -' })
  MONGODB_DB!: string;

  // Connections (hence concurrent operations) per process. FerretDB 1.24 gives each database 100
  // SQLite connections, and it stopped answering for good when a burst of ~1,000 concurrent
  // operations (1,000 feeds probed at once) met updates in flight; 20 per process keeps several
  // services and replicas under that ceiling. MongoDB can take the driver's default of 100.
  @IsInt()
  @Min(1)
  @Max(500)
  MONGODB_MAX_POOL_SIZE: number = 20;

  /**
   * How long the group waits for a silent consumer before handing its partitions to another. It is
   * also how long a replacement for a killed process waits (measured: 28-40 s with 30 s). Lower means
   * faster failover but a consumer stuck longer than this in one handler is expelled (the brokers
   * accept 6-300 s by default).
   */
  @IsInt()
  @Min(6_000)
  @Max(300_000)
  KAFKA_CONSUMER_SESSION_TIMEOUT_MS: number = 30_000;

  /**
   * How often icn_consumer_lag is computed from each consumer group's committed offsets and the
   * topics' high watermarks, so a consumer that is stuck (or receives nothing) shows its lag grow.
   */
  @IsInt()
  @Min(1_000)
  @Max(3_600_000)
  CONSUMER_LAG_POLL_MS: number = 15_000;

  /**
   * When an unpublished commit counts as an orphan (its writer died between commit and publication)
   * that any replica's relay publishes (ADR 12). Shorter recovers faster after a crash; too short
   * duplicates events a live but slow writer is still publishing.
   */
  @IsInt()
  @Min(100)
  @Max(600_000)
  OUTBOX_ORPHAN_AFTER_MS: number = 5_000;

  /**
   * How long a consumer remembers the ids of events it applied (the dedup inbox, `processed_events`).
   * A redelivery comes from an uncommitted offset, minutes after processing at worst; a week is ample
   * and keeps the collection from growing for ever. Older ids are pruned hourly.
   */
  @IsInt()
  @Min(1)
  @Max(24 * 365)
  PROCESSED_EVENTS_RETENTION_HOURS: number = 168;

  /**
   * OpenID Connect: the identity provider's issuer URL. When set, bearer tokens signed with its
   * published keys (discovery document → JWKS, asymmetric algorithms only) are accepted.
   */
  @SettingsRule('oidcIssuer', oidcIssuerProblem)
  OIDC_ISSUER: string = '';

  /** The `aud` an access token must name to be accepted (the API's resource indicator / client id at the IdP). */
  @ValidateIf((config: BaseServiceConfig) => config.OIDC_ISSUER !== '')
  @IsNotEmpty({ message: 'is required when OIDC_ISSUER is set' })
  OIDC_AUDIENCE: string = '';

  /** Where the platform role is in an OIDC access token: a claim name or a dot path (`realm_access.roles`). */
  @Matches(CLAIM_PATH, { message: 'must be a claim name or a dot path such as realm_access.roles' })
  OIDC_ROLE_CLAIM: string = 'role';

  @Matches(CLAIM_PATH, { message: 'must be a claim name or a dot path' })
  OIDC_CLUSTER_CLAIM: string = 'clusterId';

  @Matches(CLAIM_PATH, { message: 'must be a claim name or a dot path' })
  OIDC_ORGANISATION_CLAIM: string = 'organisationId';

  /**
   * Development option: the shared HS256 secret (the local platform's `npm run token`, the tests).
   * No default, so a deployment can never run with a well-known secret; refused in production.
   */
  @SettingsRule('jwtSecret', jwtSecretProblem)
  JWT_SECRET: string = '';

  /** `iss` of HS256 tokens. */
  @IsString()
  @IsNotEmpty()
  JWT_ISSUER: string = 'icn-platform';

  /** When set, every HS256 token's `aud` must name it (tokens for another application are refused). */
  @IsString()
  JWT_AUDIENCE: string = '';

  /** The longest a token may be valid: `exp − iat`, and `exp − now`, must stay within it. */
  @IsInt()
  @Min(60)
  @Max(30 * 24 * 60 * 60)
  JWT_MAX_LIFETIME_SECONDS: number = 24 * 60 * 60;

  /** Clock skew tolerated on `exp`, `nbf` and `iat` between the token issuer and the service. */
  @IsInt()
  @Min(0)
  @Max(300)
  JWT_CLOCK_TOLERANCE_SECONDS: number = 30;

  /** `name:sha256hex` pairs, comma-separated; parsed and checked by the auth module. */
  @IsString()
  INTEGRATOR_API_KEYS: string = '';

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /** Passed to body-parser, e.g. `100kb`, `1mb`. */
  @Matches(/^\d+(b|kb|mb)$/i, { message: 'must be a size such as 100kb or 1mb' })
  HTTP_BODY_LIMIT: string = '100kb';

  /**
   * The deepest nesting of objects/arrays a JSON body may have; deeper bodies are a 400 before
   * parsing. No API needs more than a handful of levels, and everything after parsing recurses,
   * so a body thousands of levels deep (a few kB) would otherwise overflow the stack.
   */
  @IsInt()
  @Min(1)
  @Max(1000)
  HTTP_JSON_MAX_DEPTH: number = 32;

  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE: number = 600;

  /**
   * Express `trust proxy`: whose X-Forwarded-For to believe, so the rate limit and the request logs
   * see the client behind a load balancer. `false` (default) ignores the header (a client could
   * forge it); a hop count, or the proxies' addresses / CIDR subnets. `true` is refused.
   */
  @ValidateBy({
    name: 'trustProxy',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && parseTrustProxy(value) !== null,
      defaultMessage: () => 'must be false, a hop count (1-10) or a comma-separated list of proxy addresses or CIDR subnets (or loopback, linklocal, uniquelocal); true is refused',
    },
  })
  TRUST_PROXY: string = 'false';

  /** After SIGTERM, give up waiting for an orderly shutdown after this long and exit non-zero. */
  @IsInt()
  @Min(0)
  SHUTDOWN_TIMEOUT_MS: number = 15000;
}
