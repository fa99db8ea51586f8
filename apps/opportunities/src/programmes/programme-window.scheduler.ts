import { LOGGER } from '@icn/platform';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { PeriodicScan } from '../scheduling/periodic-scan';
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
  private readonly periodic: PeriodicScan;

  constructor(
    private readonly programmes: PartnerProgrammeRepository,
    private readonly notifier: ProgrammeNotifier,
    @Inject(DELIVERY_CONFIG) config: DeliveryConfig,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.periodic = new PeriodicScan({ name: 'programme window', intervalMs: config.PROGRAMME_WINDOW_POLL_MS, logger }, (now) => this.scan(now));
  }

  onApplicationBootstrap(): void {
    this.periodic.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.periodic.stop();
  }

  /** One scan; resolves with the number of programmes announced. Concurrent calls share the scan. */
  runOnce(now = new Date()): Promise<number> {
    return this.periodic.runOnce(now);
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
