import type { Logger } from 'pino';

/**
 * A scan repeated every `intervalMs` on every replica (the scans' own ids make a repeat harmless):
 * one at a time per process — a call during a scan shares it — and the timer never keeps the
 * process alive. The reminder and programme-window schedulers are each a scan plus this.
 */
export class PeriodicScan {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly options: { name: string; intervalMs: number; logger: Logger },
    private readonly scan: (now: Date) => Promise<number>,
  ) {}

  start(): void {
    this.schedule();
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** One scan; resolves with what it counted. Concurrent calls share the scan. */
  runOnce(now = new Date()): Promise<number> {
    this.running ??= this.scan(now).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.runOnce()
        .catch((error: unknown) => this.options.logger.warn({ err: error }, `${this.options.name} scan failed; the next one retries`))
        .finally(() => {
          if (this.timer) this.schedule();
        });
    }, this.options.intervalMs);
    this.timer.unref();
  }
}
