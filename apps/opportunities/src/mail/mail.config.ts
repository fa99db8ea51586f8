import { loadConfig } from '@icn/platform';
import { IsBoolean, IsIn, IsInt, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';

/** Injection token of the validated MailConfig. */
export const MAIL_CONFIG = Symbol('MAIL_CONFIG');

/**
 * How the SMTP connection is secured: `tls` from the first byte (port 465), `starttls` upgrades a
 * plain connection and refuses to go on without it (587), `none` only for a local capture server
 * such as Mailpit.
 */
export const SMTP_TLS_MODES = ['starttls', 'tls', 'none'] as const;
export type SmtpTlsMode = (typeof SMTP_TLS_MODES)[number];

/**
 * Sending e-mail (issue 15, ADR 19): the SMTP relay, the sender, and what the messages link to.
 * Production sends through any relay (its host, port, TLS mode and login); the local stack's is
 * Mailpit. Validated at start: a bad value stops the service with the variable's name.
 */
export class MailConfig {
  /** The relay's host name. Empty: the service sends no e-mail (nothing else changes). */
  @ValidateIf((config: MailConfig) => config.SMTP_HOST !== '')
  @Matches(/^[A-Za-z0-9.-]{1,253}$|^\[[0-9a-fA-F:.]+\]$/, { message: 'must be a host name or an IP address' })
  SMTP_HOST: string = '';

  @IsInt()
  @Min(1)
  @Max(65535)
  SMTP_PORT: number = 587;

  @IsIn(SMTP_TLS_MODES)
  SMTP_TLS: SmtpTlsMode = 'starttls';

  /** The relay's login; empty for a relay that authenticates by network (and for Mailpit). */
  @IsString()
  @MaxLength(200)
  SMTP_USER: string = '';

  /** The relay's password (from a Secret); required with SMTP_USER. */
  @ValidateIf((config: MailConfig) => config.SMTP_USER !== '')
  @IsString()
  @MinLength(1, { message: 'is required when SMTP_USER is set' })
  SMTP_PASSWORD: string = '';

  /** Connection, greeting and socket time limit of one SMTP session; a slower relay counts as a failed send. */
  @IsInt()
  @Min(1_000)
  @Max(300_000)
  SMTP_TIMEOUT_MS: number = 30_000;

  /** How often each replica looks for mail that is due (new mail also wakes it at once). */
  @IsInt()
  @Min(20)
  @Max(600_000)
  MAIL_POLL_MS: number = 1000;

  /** Attempts per message before it is given up (status failed); a 5xx refusal gives up at once. */
  @IsInt()
  @Min(1)
  @Max(100)
  MAIL_MAX_ATTEMPTS: number = 10;

  /** First retry delay after a failed send; doubles per attempt up to MAIL_BACKOFF_MAX_MS (±20 %). */
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  MAIL_BACKOFF_BASE_MS: number = 30_000;

  @IsInt()
  @Min(10)
  @Max(86_400_000)
  MAIL_BACKOFF_MAX_MS: number = 3_600_000;

  /**
   * Messages the service hands to the relay per second at most, all replicas together (relays
   * throttle and blocklist bursts); replicas deciding at the same instant may exceed it by one each.
   */
  @IsInt()
  @Min(1)
  @Max(1000)
  MAIL_MAX_PER_SECOND: number = 10;

  /** Messages to one address per rolling hour at most, across replicas; more wait for the window to move. */
  @IsInt()
  @Min(1)
  @Max(10_000)
  MAIL_MAX_PER_RECIPIENT_PER_HOUR: number = 30;

  /** How often each replica looks for digest periods that are over (a digest goes out at most this late). */
  @IsInt()
  @Min(20)
  @Max(3_600_000)
  MAIL_DIGEST_POLL_MS: number = 60_000;

  /**
   * Tests only: the digest scheduler's clock is read from the database (collection mail_test_clock,
   * document `now`), so a test moves time for every replica and across restarts. Refused in production.
   */
  @IsBoolean()
  MAIL_TEST_CLOCK: boolean = false;

  /** The From header: an address, optionally with a display name (`ICN Platform <alerts@icn.example>`). */
  @Matches(/^(?:[^<>\r\n]{1,100} <[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+>|[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+)$/, {
    message: 'must be an e-mail address, optionally "Name <address>"',
  })
  MAIL_FROM: string = 'ICN Platform <no-reply@icn.localhost>';

  /**
   * HMAC key of the one-click unsubscribe links (RFC 8058), which carry no session: whoever holds
   * the link may stop that recipient's mail for that subscription, nothing else. Required (32+
   * characters, from a Secret) once SMTP_HOST is set; changing it invalidates every link sent.
   */
  @ValidateIf((config: MailConfig) => config.SMTP_HOST !== '' || config.MAIL_UNSUBSCRIBE_SECRET !== '')
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters (and is required when SMTP_HOST is set)' })
  MAIL_UNSUBSCRIBE_SECRET: string = '';

  /** Where the console is reached from a mail client: opportunity and preference links start here. */
  @Matches(/^https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?$/, { message: 'must be an absolute http(s) URL without query or fragment' })
  CONSOLE_PUBLIC_URL: string = 'http://127.0.0.1:3000';

  /**
   * Where this service's API is reached from outside: the one-click unsubscribe POST goes here
   * (mail providers call it, not the console).
   */
  @Matches(/^https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?$/, { message: 'must be an absolute http(s) URL without query or fragment' })
  OPPORTUNITIES_PUBLIC_URL: string = 'http://127.0.0.1:3003';
}

export function loadMailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
  return loadConfig(MailConfig, env);
}
