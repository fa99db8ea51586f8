import type { Logger } from 'pino';

const SIGNALS: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];

/**
 * Nest's shutdown hooks wait for every hook to finish; a stuck one (a broker that never answers)
 * would keep a terminating pod alive until it is SIGKILLed without a log line. This arms a timer
 * on the first signal that exits non-zero, with a reason, once the budget is spent. The timer is
 * unref'd so it never delays a shutdown that completes in time.
 */
export function installShutdownTimeout(timeoutMs: number, logger: Logger): void {
  for (const signal of SIGNALS) {
    process.once(signal, () => {
      logger.info({ signal, timeoutMs }, 'shutting down');
      setTimeout(() => {
        logger.error({ signal, timeoutMs }, 'shutdown did not finish in time; exiting');
        process.exit(1);
      }, timeoutMs).unref();
    });
  }
}
