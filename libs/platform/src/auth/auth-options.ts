import { InjectionToken, ModuleMetadata } from '@nestjs/common';

/**
 * OpenID Connect verification: access tokens signed by the issuer's published keys (discovery
 * document → `jwks_uri`), for this audience, with the platform's role and scope in claims.
 */
export interface OidcOptions {
  /** The issuer identifier: the discovery document is `${issuer}/.well-known/openid-configuration`. */
  issuer: string;
  /** `aud` must contain it. */
  audience: string;
  /** Claim name or dot path of the platform role (default `role`); a string or an array of strings. */
  roleClaim?: string;
  /** Claim name or dot path of the cluster id (default `clusterId`). */
  clusterClaim?: string;
  /** Claim name or dot path of the organisation id (default `organisationId`). */
  organisationClaim?: string;
  /**
   * After fetching the JWKS, how long a token with an unknown `kid` is refused without fetching it
   * again (default 30 s, jose's): rotation is picked up after that, and random `kid`s cannot make
   * every request hit the provider.
   */
  jwksRefetchCooldownMs?: number;
  /** Timeout of each request to the provider (discovery, JWKS); default 5 s. */
  requestTimeoutMs?: number;
}

/**
 * What AuthModule needs from the service configuration (OIDC_*, JWT_SECRET, JWT_ISSUER,
 * JWT_AUDIENCE, JWT_MAX_LIFETIME_SECONDS, JWT_CLOCK_TOLERANCE_SECONDS, INTEGRATOR_API_KEYS). At least
 * one of `oidc` and `jwtSecret` is required; with both, either kind of token is accepted.
 */
export interface AuthOptions {
  oidc?: OidcOptions;
  /** Development option: HS256 tokens signed with this shared secret. */
  jwtSecret?: string;
  /** `iss` of HS256 tokens; default `icn-platform`. */
  jwtIssuer?: string;
  /** When set, an HS256 token's `aud` must name it; unset, `aud` is not checked. */
  jwtAudience?: string;
  /** The longest a token may be valid (`exp − iat`, and `exp − now`); default 24 h. */
  jwtMaxLifetimeSeconds?: number;
  /** Clock skew allowed on `exp`, `nbf` and `iat`; default 30 s. */
  jwtClockToleranceSeconds?: number;
  /** Raw INTEGRATOR_API_KEYS value: comma list of `name:sha256hex`. */
  integratorApiKeys?: string;
}

export interface AuthModuleAsyncOptions extends Pick<ModuleMetadata, 'imports'> {
  inject?: InjectionToken[];
  useFactory: (...deps: never[]) => AuthOptions | Promise<AuthOptions>;
}

export const AUTH_OPTIONS: InjectionToken<AuthOptions> = Symbol('AUTH_OPTIONS');

/** HS256 with a short secret is brute-forceable offline from any captured token. */
export const MIN_JWT_SECRET_LENGTH = 32;

/** The one algorithm of shared-secret tokens; anything else, `none` included, is refused. */
export const JWT_ALGORITHM = 'HS256';

/**
 * The algorithms an OpenID Connect provider may sign access tokens with: asymmetric only, so
 * nothing the services hold can sign one (an HS256 token "signed" with the public key is refused).
 */
export const OIDC_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'] as const;
