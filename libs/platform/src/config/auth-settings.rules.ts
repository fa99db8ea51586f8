import { ValidateBy, type ValidationArguments } from 'class-validator';
import { MIN_JWT_SECRET_LENGTH } from '../auth/auth-options';

/** The settings of BaseServiceConfig the authentication rules look at together. */
interface AuthSettings {
  NODE_ENV: string;
  JWT_SECRET: string;
  OIDC_ISSUER: string;
}

/**
 * Which bearer tokens a service can verify: OpenID Connect (OIDC_ISSUER) is the real option; the
 * shared HS256 secret exists for the local platform and the tests, where no identity provider may
 * run. A service with neither would refuse every user, and a production one with a shared secret
 * would trust anyone holding a copy of it, so both are refused at start-up.
 */
export function jwtSecretProblem(settings: AuthSettings): string | undefined {
  const secret = settings.JWT_SECRET;
  if (secret === '') {
    return settings.OIDC_ISSUER === ''
      ? 'is required unless OIDC_ISSUER is set: set OIDC_ISSUER and OIDC_AUDIENCE (an OpenID Connect provider) or, for development only, JWT_SECRET'
      : undefined;
  }
  if (settings.NODE_ENV === 'production') {
    return 'is a development option (a shared HS256 secret) and is refused with NODE_ENV=production: unset it and set OIDC_ISSUER and OIDC_AUDIENCE';
  }
  if (secret.length < MIN_JWT_SECRET_LENGTH) return `must be at least ${MIN_JWT_SECRET_LENGTH} characters (HS256 needs a strong secret)`;
  return undefined;
}

/**
 * The issuer identifier, exactly as the provider names itself in its discovery document and in
 * `iss`. OpenID Connect requires https; plain http is accepted outside production for a provider on
 * the developer's machine.
 */
export function oidcIssuerProblem(settings: AuthSettings): string | undefined {
  const issuer = settings.OIDC_ISSUER;
  if (issuer === '') return undefined;
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return 'must be the issuer URL, e.g. https://login.example.org/realms/icn';
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    return 'must be an issuer URL without query, fragment or credentials';
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && settings.NODE_ENV !== 'production') return undefined;
  return settings.NODE_ENV === 'production' ? 'must be an https URL in production' : 'must be an http(s) URL';
}

/** A claim name, or a dot path into nested claims (`realm_access.roles`). */
export const CLAIM_PATH = /^[^\s.]+(\.[^\s.]+)*$/;

/** A class-validator rule over the whole settings object, whose message is the problem found. */
export function SettingsRule(name: string, problemOf: (settings: AuthSettings) => string | undefined): PropertyDecorator {
  return ValidateBy({
    name,
    validator: {
      validate: (_value: unknown, args?: ValidationArguments) => args !== undefined && problemOf(args.object as AuthSettings) === undefined,
      defaultMessage: (args?: ValidationArguments) => (args === undefined ? 'is invalid' : (problemOf(args.object as AuthSettings) ?? 'is invalid')),
    },
  });
}
