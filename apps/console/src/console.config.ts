import { IsIn, IsInt, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { LOG_LEVELS, NODE_ENVS } from '@icn/platform';

const HTTP_URL = /^https?:\/\/[^\s/]+(\/\S*)?$/;
const URL_MESSAGE = { message: 'must be an http(s) URL' };

/**
 * The console server's settings. It holds no database and no broker: it serves the web application,
 * signs people in with the OpenID provider (it is a confidential client, ADR 14) and forwards
 * `/api/<service>/…` to the services with the signed-in person's access token.
 */
export class ConsoleConfig {
  @IsIn(NODE_ENVS)
  NODE_ENV: (typeof NODE_ENVS)[number] = 'development';

  @IsInt()
  @Min(1)
  @Max(65535)
  PORT: number = 3000;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: string = 'info';

  /** The address people type: redirect URIs and the same-origin check are built from it. */
  @Matches(HTTP_URL, URL_MESSAGE)
  CONSOLE_PUBLIC_URL: string = 'http://127.0.0.1:3000';

  @Matches(HTTP_URL, URL_MESSAGE)
  OIDC_ISSUER: string = 'http://127.0.0.1:3100';

  @IsString()
  @MinLength(1)
  OIDC_CLIENT_ID: string = 'icn-console';

  /** No default: the client secret is issued by the provider, never a well-known value. */
  @IsString()
  @MinLength(16)
  OIDC_CLIENT_SECRET!: string;

  /** Seals the session cookie (AES-256-GCM); every replica of the console needs the same value. */
  @IsString()
  @MinLength(32)
  CONSOLE_SESSION_SECRET!: string;

  /** How long a sign-in lasts before the person signs in again (refreshes included). */
  @IsInt()
  @Min(300)
  @Max(7 * 24 * 3600)
  CONSOLE_SESSION_MAX_AGE_SECONDS: number = 12 * 3600;

  @Matches(HTTP_URL, URL_MESSAGE)
  MEMBERSHIP_URL: string = 'http://127.0.0.1:3001';

  @Matches(HTTP_URL, URL_MESSAGE)
  MATCHMAKING_URL: string = 'http://127.0.0.1:3002';

  @Matches(HTTP_URL, URL_MESSAGE)
  OPPORTUNITIES_URL: string = 'http://127.0.0.1:3003';

  @Matches(HTTP_URL, URL_MESSAGE)
  CONSORTIA_URL: string = 'http://127.0.0.1:3004';

  @Matches(HTTP_URL, URL_MESSAGE)
  NETWORK_URL: string = 'http://127.0.0.1:3005';

  /** The built web application (`npm run build` writes it there). */
  @IsString()
  @MinLength(1)
  CONSOLE_WEB_DIR: string = 'dist/console/web';
}
