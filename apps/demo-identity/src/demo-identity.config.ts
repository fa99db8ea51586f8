import { CommaSeparatedList, LOG_LEVELS } from '@icn/platform';
import { ArrayNotEmpty, IsIn, IsInt, IsIP, IsNotEmpty, IsString, IsUrl, Max, Min, MinLength } from 'class-validator';

/** The console's client at the provider: confidential, authorization code with PKCE (S256). */
export const CONSOLE_CLIENT_ID = 'icn-console';

const URL_OPTIONS = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };

/**
 * The demo identity provider's environment (README, Authentication). Validated at start-up like
 * every service's, with `loadConfig`: a bad value stops it with a list of what is wrong.
 */
export class DemoIdentityConfig {
  @IsInt()
  @Min(1)
  @Max(65535)
  OIDC_PORT: number = 3100;

  /** Loopback by default: the demo users' password is published. */
  @IsIP()
  OIDC_HOST: string = '127.0.0.1';

  /** What the provider calls itself (`iss`), and where browsers and services reach it. */
  @IsUrl(URL_OPTIONS, { message: 'must be the http(s) URL the provider is reached at' })
  OIDC_ISSUER: string = 'http://127.0.0.1:3100';

  /** The `aud` of every access token: the platform's APIs (resource indicator `urn:icn:api`). */
  @IsString()
  @IsNotEmpty()
  OIDC_AUDIENCE: string = 'icn-api';

  /** Shared with the console (its server authenticates to the token endpoint with it). */
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  OIDC_CONSOLE_CLIENT_SECRET!: string;

  @CommaSeparatedList()
  @ArrayNotEmpty({ message: 'must list at least one redirect URI' })
  @IsUrl(URL_OPTIONS, { each: true, message: 'each redirect URI must be an http(s) URL' })
  OIDC_CONSOLE_REDIRECT_URIS: string[] = ['http://127.0.0.1:3000/auth/callback'];

  @CommaSeparatedList()
  @IsUrl(URL_OPTIONS, { each: true, message: 'each post-logout redirect URI must be an http(s) URL' })
  OIDC_CONSOLE_POST_LOGOUT_URIS: string[] = ['http://127.0.0.1:3000/'];

  /** JSON list of demo users, read again at every sign-in (the seed writes it after the provider started). */
  @IsString()
  @IsNotEmpty()
  OIDC_USERS_FILE!: string;

  /** The private signing keys (a JWKS); created on first start when missing. */
  @IsString()
  @IsNotEmpty()
  OIDC_KEYS_FILE!: string;

  /** Keys signing the provider's cookies, newest first; random at every start when unset (sessions then end with the process). */
  @CommaSeparatedList()
  @MinLength(32, { each: true, message: 'each cookie key must be at least 32 characters' })
  OIDC_COOKIE_KEYS: string[] = [];

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';
}
