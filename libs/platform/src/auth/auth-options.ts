import { InjectionToken, ModuleMetadata } from '@nestjs/common';

/**
 * What AuthModule needs from the service configuration (JWT_SECRET, JWT_ISSUER, JWT_AUDIENCE,
 * JWT_MAX_LIFETIME_SECONDS, JWT_CLOCK_TOLERANCE_SECONDS, INTEGRATOR_API_KEYS).
 */
export interface AuthOptions {
  jwtSecret: string;
  jwtIssuer: string;
  /** When set, a token's `aud` must name it; unset, `aud` is not checked. */
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

/** The one algorithm tokens are signed with; anything else, `none` included, is refused. */
export const JWT_ALGORITHM = 'HS256';
