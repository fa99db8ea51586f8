import { RetryAbortedError, retryWithBackoff, RetryTimeoutError, type RetryClock, type RetryOptions } from './retry-with-backoff';

/** Virtual time: a backoff sleep advances it at once; the deadline race never fires by itself. */
function virtualClock(): RetryClock & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    random: () => 0.5, // no jitter
    sleep: (ms, signal) => {
      if (signal) return new Promise((resolve) => signal.addEventListener('abort', () => resolve()));
      now += ms;
      slept.push(ms);
      return Promise.resolve();
    },
  };
}

class Transient extends Error {
  readonly retriable = true;
}

const transientOnly = (error: unknown): boolean => error instanceof Transient;

function options(clock: RetryClock, overrides: Partial<RetryOptions> = {}): RetryOptions {
  return {
    description: 'Kafka topics t1, t2',
    timeoutMs: 10_000,
    retryable: transientOnly,
    backoff: { initialMs: 100, maxMs: 1_000, multiplier: 2, jitter: 0 },
    clock,
    ...overrides,
  };
}

/** Fails with `errors` in turn, then returns 'ok'. */
function failing(...errors: Error[]): jest.Mock<Promise<string>, [number]> {
  return jest.fn(async (_attempt: number) => {
    const next = errors.shift();
    if (next) throw next;
    return 'ok';
  });
}

describe('retryWithBackoff', () => {
  it('returns the first success without waiting', async () => {
    const clock = virtualClock();
    const action = failing();
    await expect(retryWithBackoff(action, options(clock))).resolves.toBe('ok');
    expect(action).toHaveBeenCalledTimes(1);
    expect(clock.slept).toEqual([]);
  });

  it('retries transient errors with exponential backoff, capped, and passes the attempt number', async () => {
    const clock = virtualClock();
    const action = failing(...Array.from({ length: 6 }, () => new Transient('UNKNOWN_TOPIC_OR_PARTITION')));
    await expect(retryWithBackoff(action, options(clock))).resolves.toBe('ok');
    expect(clock.slept).toEqual([100, 200, 400, 800, 1_000, 1_000]);
    expect(action.mock.calls.map(([attempt]) => attempt)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('fails at once, naming what it attempted, on an error that is not retryable', async () => {
    const clock = virtualClock();
    const action = failing(new Transient('coordinator loading'), new Error('SASL authentication failed'));
    const failure = retryWithBackoff(action, options(clock));
    await expect(failure).rejects.toBeInstanceOf(RetryAbortedError);
    await expect(failure).rejects.toThrow('Kafka topics t1, t2: SASL authentication failed (not a transient error: not retried)');
    expect(action).toHaveBeenCalledTimes(2);
  });

  it('gives up at the deadline with a message naming what did not become ready and the last error', async () => {
    const clock = virtualClock();
    const action = jest.fn(async (attempt: number): Promise<string> => {
      throw new Transient(`leader not available (${attempt})`);
    });
    const failure = retryWithBackoff(action, options(clock, { timeoutMs: 3_000 }));
    await expect(failure).rejects.toThrow('Kafka topics t1, t2 did not become ready within 3 s (6 attempts; last error: leader not available (6))');
    await expect(failure).rejects.toBeInstanceOf(RetryTimeoutError);
    // Attempts at 0, 100, 300, 700, 1,500 and 2,500 ms; the next would start at 3,500, after the
    // deadline, so none does.
    expect(clock.slept).toEqual([100, 200, 400, 800, 1_000]);
    expect(clock.now()).toBeLessThanOrEqual(3_000);
  });

  it('keeps the last error as the cause of the timeout', async () => {
    const last = new Transient('still electing');
    const failure = retryWithBackoff(() => Promise.reject(last), options(virtualClock(), { timeoutMs: 50 }));
    await expect(failure).rejects.toMatchObject({ cause: last, attempts: 1 });
  });

  it('counts a synchronous throw as a failed attempt', async () => {
    let calls = 0;
    const action = (): Promise<string> => {
      calls += 1;
      if (calls === 1) throw new Transient('thrown before any promise');
      return Promise.resolve('ok');
    };
    await expect(retryWithBackoff(action, options(virtualClock()))).resolves.toBe('ok');
  });

  it('abandons an attempt that hangs past the deadline (real time)', async () => {
    const started = Date.now();
    const hung = new Promise<string>(() => undefined);
    await expect(retryWithBackoff(() => hung, { description: 'a group join', timeoutMs: 200, retryable: () => true })).rejects.toThrow(
      'a group join did not become ready within 0.2 s (1 attempt; last error: no attempt finished within 200 ms)',
    );
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
