import { forEachBounded } from '../concurrency/for-each-bounded';

/**
 * Listener calls (afterSettled) in flight per batch. A listener re-reads a document the batch did not
 * insert whole (the matching index does), so one at a time cost a round trip per document after the batch's writes:
 * 19,500 sequential reads held a catch-up's partition for ~12 s. Different documents' listeners are
 * independent; each document is settled once per batch, so its own order is untouched.
 */
export const SETTLES_IN_FLIGHT = 16;

/** Runs `settle` once per id, at most `inFlight` at a time (see forEachBounded for how it fails). */
export async function settleDocuments(ids: Iterable<string>, settle: (id: string) => Promise<void>, inFlight = SETTLES_IN_FLIGHT): Promise<void> {
  await forEachBounded(ids, settle, inFlight);
}
