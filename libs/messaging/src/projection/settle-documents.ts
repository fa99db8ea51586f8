/**
 * Listener calls (afterSettled) in flight per batch. A listener re-reads a document the batch did not
 * insert whole (the matching index does), so one at a time cost a round trip per document after the batch's writes:
 * 19,500 sequential reads held a catch-up's partition for ~12 s. Different documents' listeners are
 * independent; each document is settled once per batch, so its own order is untouched.
 */
export const SETTLES_IN_FLIGHT = 16;

/**
 * Runs `settle` once per id, at most `inFlight` at a time, and fails (with the first error) only
 * after every call started has finished: the caller may then replay the batch one by one, which must
 * not race a listener still running.
 */
export async function settleDocuments(ids: Iterable<string>, settle: (id: string) => Promise<void>, inFlight = SETTLES_IN_FLIGHT): Promise<void> {
  const queue = [...new Set(ids)];
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < queue.length) {
      const id = queue[next];
      next += 1;
      if (id === undefined) continue;
      try {
        await settle(id);
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
