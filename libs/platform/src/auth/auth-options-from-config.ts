import type { AuthOptions } from './auth-options';

/** The variables of BaseServiceConfig that auth reads (structural, so any subclass fits). */
export interface AuthConfigSlice {
  OIDC_ISSUER?: string;
  OIDC_AUDIENCE?: string;
  OIDC_ROLE_CLAIM?: string;
  OIDC_CLUSTER_CLAIM?: string;
  OIDC_ORGANISATION_CLAIM?: string;
  JWT_SECRET?: string;
  JWT_ISSUER: string;
  JWT_AUDIENCE?: string;
  JWT_MAX_LIFETIME_SECONDS?: number;
  JWT_CLOCK_TOLERANCE_SECONDS?: number;
  INTEGRATOR_API_KEYS?: string;
}

const isSet = (value: string | undefined): value is string => value !== undefined && value !== '';

/** AuthOptions from the validated configuration; unset (empty) variables leave their option out. */
export function authOptionsFromConfig(config: AuthConfigSlice): AuthOptions {
  return {
    ...(isSet(config.OIDC_ISSUER) && {
      oidc: {
        issuer: config.OIDC_ISSUER,
        audience: config.OIDC_AUDIENCE ?? '',
        ...(isSet(config.OIDC_ROLE_CLAIM) && { roleClaim: config.OIDC_ROLE_CLAIM }),
        ...(isSet(config.OIDC_CLUSTER_CLAIM) && { clusterClaim: config.OIDC_CLUSTER_CLAIM }),
        ...(isSet(config.OIDC_ORGANISATION_CLAIM) && { organisationClaim: config.OIDC_ORGANISATION_CLAIM }),
      },
    }),
    ...(isSet(config.JWT_SECRET) && { jwtSecret: config.JWT_SECRET }),
    jwtIssuer: config.JWT_ISSUER,
    ...(isSet(config.JWT_AUDIENCE) && { jwtAudience: config.JWT_AUDIENCE }),
    ...(config.JWT_MAX_LIFETIME_SECONDS !== undefined && { jwtMaxLifetimeSeconds: config.JWT_MAX_LIFETIME_SECONDS }),
    ...(config.JWT_CLOCK_TOLERANCE_SECONDS !== undefined && { jwtClockToleranceSeconds: config.JWT_CLOCK_TOLERANCE_SECONDS }),
    integratorApiKeys: config.INTEGRATOR_API_KEYS,
  };
}
