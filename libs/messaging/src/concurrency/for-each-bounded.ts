/**
 * Runs `work` once per distinct item, at most `inFlight` at a time. `work` resolving `false` means
 * "this one did not go through": no further call starts, and the result is false. A throw stops new
 * calls too, and is rethrown (the first one) — either way only after every call started has finished:
 * a caller that then retries or falls back must not race a call still running.
 */
export async function forEachBounded<T>(items: Iterable<T>, work: (item: T) => Promise<boolean | void>, inFlight: number): Promise<boolean> {
  const distinct = new Set(items);
  // One iterator shared by the workers: each `next()` hands out the following item exactly once.
  const queue = distinct.values();
  let stopped = false;
  let complete = true;
  const worker = async (): Promise<void> => {
    while (!stopped) {
      const { value: item, done } = queue.next();
      if (done) return;
      try {
        if ((await work(item)) === false) {
          complete = false;
          stopped = true;
        }
      } catch (error) {
        stopped = true;
        throw error;
      }
    }
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.min(inFlight, distinct.size) }, worker));
  const rejected = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (rejected !== undefined) throw rejected.reason;
  return complete;
}
