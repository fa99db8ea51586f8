/**
 * Runs `task` for every index in [0, count) with at most `concurrency` in flight, and returns the
 * results in index order. Failures are captured per task (never thrown), because the fault
 * scenarios expect some requests to fail and need to count them.
 */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

export async function runWithConcurrency<T>(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<T>,
): Promise<Settled<T>[]> {
  const results: Settled<T>[] = new Array(count);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = next++;
      try {
        results[index] = { ok: true, value: await task(index) };
      } catch (error) {
        results[index] = { ok: false, error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}
