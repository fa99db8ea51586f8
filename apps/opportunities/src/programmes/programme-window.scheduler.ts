import { LOGGER } from '@icn/platform';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { DELIVERY_CONFIG, type DeliveryConfig } from '../notifications/delivery.config';
import { PartnerProgrammeRepository } from './persistence/partner-programme.repository';
import { ProgrammeNotifier } from './programme-notifier';

const PAGE = 100;

/**
 * Announces programmes registered with a future call window once it opens: every
 * PROGRAMME_WINDOW_POLL_MS, the programmes not announced yet whose window is open. Every replica
 * may run it: an announcement's notification id derives from (subscription, programme), so a
 * programme announced by two replicas at once is still one notification per subscription.
 */
@Injectable()
export class ProgrammeWindowScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly programmes: PartnerProgrammeRepository,
    private readonly notifier: ProgrammeNotifier,
    @Inject(DELIVERY_CONFIG) private readonly config: DeliveryConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** One scan; resolves with the number of programmes announced. Concurrent calls share the scan. */
  runOnce(now = new Date()): Promise<number> {
    this.running ??= this.scan(now).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.runOnce()
        .catch((error: unknown) => this.logger.warn({ err: error }, 'programme window scan failed; the next one retries'))
        .finally(() => {
          if (this.timer) this.schedule();
        });
    }, this.config.PROGRAMME_WINDOW_POLL_MS);
    this.timer.unref();
  }

  private async scan(now: Date): Promise<number> {
    let announced = 0;
    // Each announced programme leaves the query, so the first page again is the next one.
    for (;;) {
      const due = await this.programmes.dueForAnnouncement(now, PAGE);
      for (const programme of due) {
        await this.notifier.announce(programme, now);
        announced += 1;
      }
      if (due.length < PAGE) return announced;
    }
  }
}
