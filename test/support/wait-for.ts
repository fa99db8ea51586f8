export interface WaitForOptions {
  timeoutMs?: number;
  intervalMs?: number;
  /** Named in the timeout error, so a failing scenario says what it was waiting for. */
  description?: string;
  /** Errors for which this returns true end the wait at once instead of counting as "not yet". */
  rethrow?: (error: unknown) => boolean;
}

// Not @icn/testing's waitFor: the benchmarks load test/support outside jest, and that package's
// index brings jest's globals with it (it holds the int-specs' assertions).
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `probe` until it returns something other than `undefined`/`false` and returns that value.
 * Errors thrown by the probe count as "not yet" (a service that is restarting refuses connections),
 * but the last one is reported if the wait times out.
 */
export async function waitFor<T>(
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  { timeoutMs = 60_000, intervalMs = 250, description = 'condition', rethrow }: WaitForOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      if (rethrow?.(error)) throw error;
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${description}${cause}`);
    }
    await sleep(intervalMs);
  }
}
