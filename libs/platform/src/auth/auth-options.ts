import { InjectionToken, ModuleMetadata } from '@nestjs/common';

/** What AuthModule needs from the service configuration (JWT_SECRET, JWT_ISSUER, INTEGRATOR_API_KEYS). */
export interface AuthOptions {
  jwtSecret: string;
  jwtIssuer: string;
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
