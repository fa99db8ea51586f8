import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { IDEMPOTENCY_OPTIONS, ResolvedIdempotencyOptions } from './idempotency-options';
import { IdempotencyStore } from './idempotency.store';

/**
 * Deletes expired idempotency records. MongoDB would do this with a TTL index, but FerretDB 1.x
 * (our local database) has no TTL indexes, so each record carries `expiresAt` and every replica
 * periodically runs one indexed deleteMany; concurrent runs are harmless. Lookups also treat an
 * expired record as absent, so a late cleanup never extends a key's life.
 */
@Injectable()
export class IdempotencyCleanup implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(IdempotencyCleanup.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: IdempotencyStore,
    @Inject(IDEMPOTENCY_OPTIONS) private readonly options: ResolvedIdempotencyOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.store.ensureIndexes();
    this.timer = setInterval(() => void this.runOnce(), this.options.cleanupIntervalMs);
    // The timer must not keep a stopping process (or a test run) alive.
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
  }

  /** One cleanup pass; errors are logged so a database blip does not kill the timer. */
  async runOnce(now: Date = new Date()): Promise<number> {
    try {
      return await this.store.deleteExpired(now);
    } catch (error: unknown) {
      this.logger.warn(`Idempotency cleanup failed: ${String(error)}`);
      return 0;
    }
  }
}
