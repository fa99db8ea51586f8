import { CommaSeparatedList, loadConfig } from '@icn/platform';
import { Transform } from 'class-transformer';
import { ArrayNotEmpty, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { randomUUID } from 'node:crypto';

/** Injection token of the validated DeliveryConfig. */
export const DELIVERY_CONFIG = Symbol('DELIVERY_CONFIG');

/**
 * Settings of opportunity delivery (subscriptions, feeds, SSE, webhooks, reminders), read from the
 * same environment as the service config. Kept apart from OpportunitiesConfig so each half of the
 * service owns its own variables; every interval is configurable so tests can run fast.
 */
export class DeliveryConfig {
  /** Shared consumer group that turns opportunity events into feed entries (one replica per partition). */
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,200}$/)
  NOTIFICATIONS_CONSUMER_GROUP: string = 'opportunities.notifications';

  /**
   * Shared consumer group that turns matchmaking's suggestions into "recommended" notifications. A
   * new group starts at the suggestion topic's end: recommendations are news, not history.
   */
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,200}$/)
  RECOMMENDATIONS_CONSUMER_GROUP: string = 'opportunities.recommendations';

  /**
   * Shared consumer group that turns the network's programme events into `partner-programme`
   * notifications (ADR 23). A new group starts at the programme topic's end.
   */
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,200}$/)
  NETWORK_PROGRAMMES_CONSUMER_GROUP: string = 'opportunities.network-programmes';

  /** How often each replica looks for programmes whose call window has opened since (they are announced then). */
  @IsInt()
  @Min(20)
  @Max(3_600_000)
  PROGRAMME_WINDOW_POLL_MS: number = 60_000;

  /** This replica's name; its broadcast consumer group is `opportunities.stream.<INSTANCE_ID>`. */
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,100}$/)
  INSTANCE_ID: string = randomUUID();

  /** SSE comment heartbeat period, keeping proxies and clients from timing idle streams out. */
  @IsInt()
  @Min(100)
  @Max(300_000)
  SSE_HEARTBEAT_MS: number = 15_000;

  /** Feed entries read per query when replaying a stream or backfilling a gap. */
  @IsInt()
  @Min(10)
  @Max(5000)
  FEED_PAGE_SIZE: number = 500;

  /** Entries per page of the public Atom feed (GET /feeds/opportunities…; RFC 5005 links page on). */
  @IsInt()
  @Min(1)
  @Max(500)
  ATOM_FEED_PAGE_SIZE: number = 50;

  @IsInt()
  @Min(20)
  @Max(600_000)
  WEBHOOK_POLL_MS: number = 1000;

  /** One HTTP attempt's time limit; slower receivers count as failed and are retried. */
  @IsInt()
  @Min(100)
  @Max(60_000)
  WEBHOOK_TIMEOUT_MS: number = 10_000;

  /** First retry delay; doubles with each further attempt up to WEBHOOK_BACKOFF_MAX_MS. */
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  WEBHOOK_BACKOFF_BASE_MS: number = 5_000;

  @IsInt()
  @Min(10)
  @Max(86_400_000)
  WEBHOOK_BACKOFF_MAX_MS: number = 3_600_000;

  /** Attempts per delivery before it is given up (status failed; manual redelivery stays possible). */
  @IsInt()
  @Min(1)
  @Max(100)
  WEBHOOK_MAX_ATTEMPTS: number = 12;

  /** Consecutive failed attempts (across deliveries) after which the webhook is disabled. */
  @IsInt()
  @Min(1)
  @Max(1000)
  WEBHOOK_DISABLE_AFTER_FAILURES: number = 30;

  /** Subscriptions served in parallel by one replica (each one's deliveries go one at a time, in order). */
  @IsInt()
  @Min(1)
  @Max(500)
  WEBHOOK_CONCURRENCY: number = 16;

  /**
   * Hosts a webhook may target although their addresses are internal (loopback, private …):
   * names or IP literals as written in the URL, e.g. `127.0.0.1,localhost` for local development
   * and tests. Empty (the default) allows only public addresses. Never set in production.
   */
  @CommaSeparatedList()
  @Matches(/^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.:_-]{1,253})$/, { each: true, message: 'each entry must be a host name or an IP address' })
  WEBHOOK_ALLOWED_HOSTS: string[] = [];

  /**
   * DNS servers (`ip` or `ip:port`) that resolve webhook hosts instead of the system resolver
   * (which also reads /etc/hosts). Empty: the system resolver.
   */
  @CommaSeparatedList()
  @Matches(/^(\d{1,3}(\.\d{1,3}){3}(:\d{1,5})?|\[[0-9a-fA-F:]+\](:\d{1,5})?|[0-9a-fA-F:]+)$/, { each: true, message: 'each entry must be ip or ip:port' })
  WEBHOOK_DNS_SERVERS: string[] = [];

  /** Days before a deadline at which followers are reminded. */
  @Transform(({ obj, key }: { obj: Record<string, unknown>; key: string }) => numberList(obj[key]))
  @ArrayNotEmpty()
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(365, { each: true })
  REMINDER_DAYS: number[] = [14, 3];

  @IsInt()
  @Min(20)
  @Max(3_600_000)
  REMINDER_POLL_MS: number = 60_000;
}

export function loadDeliveryConfig(env: NodeJS.ProcessEnv = process.env): DeliveryConfig {
  return loadConfig(DeliveryConfig, env);
}

/** `14, 3` -> [14, 3]; anything unparsable stays as text so the validator names the variable. */
function numberList(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0)
    .map((item) => (/^\d+$/.test(item) ? Number(item) : item));
}
