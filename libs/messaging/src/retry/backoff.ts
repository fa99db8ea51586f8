export interface BackoffOptions {
  /** Delay before the 2nd attempt. */
  initialMs: number;
  /** No delay is longer, jitter included. */
  maxMs: number;
  multiplier: number;
  /** 0..1: the delay is spread by ±jitter so retrying replicas do not stampede together. */
  jitter: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 200, maxMs: 10_000, multiplier: 2, jitter: 0.2 };

/**
 * Delay to wait after `failedAttempt` (1-based) failed: initial × multiplier^(n-1), jittered, capped
 * at maxMs. The one backoff of the platform: event handlers, start-up waits, the outbox relay's
 * retries and webhook deliveries all use it. `random` is injectable so the computation is testable.
 */
export function computeBackoffMs(failedAttempt: number, options: BackoffOptions = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const exponential = options.initialMs * options.multiplier ** Math.max(0, failedAttempt - 1);
  const capped = Math.min(options.maxMs, exponential);
  const spread = capped * options.jitter * (random() * 2 - 1);
  return Math.max(0, Math.round(Math.min(options.maxMs, capped + spread)));
}
