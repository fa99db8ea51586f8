/**
 * Runs `work` once per distinct item, at most `inFlight` at a time, and fails (with the first error)
 * only after every call started has finished: a caller that then retries or falls back must not race
 * a call still running. No call starts after a failure.
 */
export async function forEachBounded(items: Iterable<string>, work: (item: string) => Promise<void>, inFlight: number): Promise<void> {
  const queue = [...new Set(items)];
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < queue.length) {
      const item = queue[next];
      next += 1;
      if (item === undefined) continue;
      try {
        await work(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.min(inFlight, queue.length) }, worker));
  const rejected = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (rejected !== undefined) throw rejected.reason;
}
