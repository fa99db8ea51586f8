import { errorDetails, SILENT_LOGGER, type MessagingLogger } from '../observability/messaging-logger';
import { computeBackoffMs, DEFAULT_BACKOFF, type BackoffOptions } from './backoff';

/** Time, sleeping and randomness, injectable so the policy is unit-testable without waiting. */
export interface RetryClock {
  now(): number;
  /** Resolves after `ms`, or as soon as `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  random(): number;
}

export const REAL_CLOCK: RetryClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve();
      });
    }),
  random: () => Math.random(),
};

export interface RetryOptions {
  /** What is being waited for, as the logs and the final error name it, e.g. `Kafka topics a, b`. */
  description: string;
  /**
   * The deadline, counted from the first attempt. An attempt still running when it passes is
   * abandoned (its outcome ignored): a hung call cannot stretch the wait.
   */
  timeoutMs: number;
  /** Whether an error is worth another attempt; any other error fails at once. */
  retryable: (error: unknown) => boolean;
  /** Default DEFAULT_BACKOFF. */
  backoff?: Partial<BackoffOptions>;
  logger?: MessagingLogger;
  clock?: RetryClock;
}

/** The deadline passed while the errors were still retryable. `cause` is the last one. */
export class RetryTimeoutError extends Error {
  override readonly name = 'RetryTimeoutError';

  constructor(
    message: string,
    readonly attempts: number,
    options: { cause: unknown },
  ) {
    super(message, options);
  }
}

/** An error the policy does not retry, with what was being attempted added to its message. */
export class RetryAbortedError extends Error {
  override readonly name = 'RetryAbortedError';
}

/**
 * Runs `action` until it succeeds, waiting `computeBackoffMs` between attempts, for at most
 * `timeoutMs`. Fails with a message naming `description`: a RetryTimeoutError with the last error
 * when the deadline passes, a RetryAbortedError at once for an error `retryable` rejects.
 */
export async function retryWithBackoff<T>(action: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const clock = options.clock ?? REAL_CLOCK;
  const logger = options.logger ?? SILENT_LOGGER;
  const backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
  const deadline = clock.now() + options.timeoutMs;
  let lastError: unknown = new Error(`no attempt finished within ${options.timeoutMs} ms`);
  for (let attempt = 1; ; attempt += 1) {
    // Called inside a promise chain so a synchronous throw counts as a failed attempt too.
    const outcome = await beforeDeadline(Promise.resolve(attempt).then(action), deadline, clock);
    if (outcome.status === 'done') return outcome.value;
    if (outcome.status === 'failed') {
      lastError = outcome.error;
      if (!options.retryable(outcome.error)) {
        throw new RetryAbortedError(`${options.description}: ${errorDetails(outcome.error).message} (not a transient error: not retried)`, { cause: outcome.error });
      }
    }
    const remaining = deadline - clock.now();
    // No attempt starts after the deadline: a wait that reaches it ends the retries.
    const delayMs = computeBackoffMs(attempt, backoff, clock.random);
    if (outcome.status === 'timed-out' || delayMs >= remaining) {
      const seconds = Math.round(options.timeoutMs / 100) / 10;
      throw new RetryTimeoutError(
        `${options.description} did not become ready within ${seconds} s (${attempt} attempt${attempt === 1 ? '' : 's'}; last error: ${errorDetails(lastError).message})`,
        attempt,
        { cause: lastError },
      );
    }
    logger.warn({ attempt, delayMs, remainingMs: remaining, err: errorDetails(lastError) }, `${options.description} not ready yet; retrying`);
    await clock.sleep(delayMs);
  }
}

type Outcome<T> = { status: 'done'; value: T } | { status: 'failed'; error: unknown } | { status: 'timed-out' };

async function beforeDeadline<T>(attempt: Promise<T>, deadline: number, clock: RetryClock): Promise<Outcome<T>> {
  const settled = attempt.then(
    (value): Outcome<T> => ({ status: 'done', value }),
    (error: unknown): Outcome<T> => ({ status: 'failed', error }),
  );
  const remaining = deadline - clock.now();
  if (remaining <= 0) return settled;
  // Aborted once the race is decided, so no timer outlives it (it would keep a process alive).
  const race = new AbortController();
  const timedOut = clock.sleep(remaining, race.signal).then((): Outcome<T> => ({ status: 'timed-out' }));
  try {
    return await Promise.race([settled, timedOut]);
  } finally {
    race.abort();
  }
}
