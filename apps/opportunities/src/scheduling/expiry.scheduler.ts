import { CONFIG, LOGGER, RequestContext } from '@icn/platform';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import { expireOpportunity } from '../opportunities/domain/opportunity-lifecycle';
import { OpportunityAggregate } from '../opportunities/persistence/opportunity.aggregate';
import { OpportunityRepository } from '../opportunities/persistence/opportunity.repository';
import type { OpportunitiesConfig } from '../opportunities.config';
import { LeaseStore } from './persistence/lease.store';

/** Opportunities expired per query; the loop continues until none is due. */
const BATCH_SIZE = 100;

/**
 * Expires published opportunities whose deadline has passed, emitting OpportunityExpired.
 *
 * Every replica runs this timer, but only the holder of the expiry lease does the work, so the
 * database is polled by one process. Each expiry is a command like any other, through the
 * opportunity's write path (ADR 12): decided on the newest state, and decided again if an extension
 * or a close committed first — which simply makes it a no-op. At most EXPIRY_POLL_MS late (plus a takeover of up to EXPIRY_LEASE_MS after
 * the active replica dies).
 */
@Injectable()
export class ExpiryScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private stopped = false;

  constructor(
    private readonly leases: LeaseStore,
    private readonly opportunities: OpportunityRepository,
    private readonly aggregate: OpportunityAggregate,
    @Inject(CONFIG) private readonly config: OpportunitiesConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.EXPIRY_LEASE_MS <= this.config.EXPIRY_POLL_MS) {
      this.logger.warn({ EXPIRY_LEASE_MS: this.config.EXPIRY_LEASE_MS, EXPIRY_POLL_MS: this.config.EXPIRY_POLL_MS }, 'expiry lease shorter than its poll: replicas may take turns');
    }
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
    await this.leases.release(this.config.EXPIRY_LEASE_NAME, this.holder).catch(() => undefined);
  }

  /** One poll: take or renew the lease, then expire everything due. Returns how many expired. */
  tick(now = new Date()): Promise<number> {
    this.running ??= this.runTick(now).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      void this.tick()
        .catch((error: unknown) => this.logger.warn({ err: error }, 'expiry poll failed; the next poll retries'))
        .finally(() => this.schedule(this.config.EXPIRY_POLL_MS));
    }, delayMs);
    // The schedule alone must not keep a process (or a test run) alive.
    this.timer.unref();
  }

  private async runTick(now: Date): Promise<number> {
    const held = await this.leases.tryAcquire(this.config.EXPIRY_LEASE_NAME, this.holder, this.config.EXPIRY_LEASE_MS, now.getTime());
    if (!held) return 0;
    return RequestContext.run({ correlationId: randomUUID() }, () => this.expireDue(now));
  }

  private async expireDue(now: Date): Promise<number> {
    let expired = 0;
    const attempted = new Set<string>();
    for (;;) {
      const due = (await this.opportunities.findExpirable(now.toISOString(), BATCH_SIZE)).filter((id) => !attempted.has(id));
      if (due.length === 0 || this.stopped) break;
      for (const id of due) {
        attempted.add(id);
        try {
          // The last decision is the one that counts (a lost commit is decided again).
          let changed = false;
          await this.aggregate.modify(id, (current) => {
            const change = expireOpportunity(current, now);
            changed = change !== null;
            return change;
          });
          if (changed) expired++;
        } catch (error) {
          // One broken opportunity must not block the others; it is retried on the next poll.
          this.logger.error({ err: error, opportunityId: id }, 'expiring an opportunity failed');
        }
      }
    }
    if (expired > 0) this.logger.info({ expired, holder: this.holder }, 'opportunities expired at their deadline');
    return expired;
  }
}
