/**
 * Fields every read-model document carries to make event application exactly-once in effect.
 *
 * `lastSequence` is the aggregate sequence of the last applied event: an event is applied only when
 * its sequence is greater, in the same conditional update that changes the document. `appliedEvents`
 * is incremented by that same update, so it counts effects, not deliveries (tests rely on it to prove
 * nothing was applied twice).
 */
export interface ProjectionBookkeeping {
  lastSequence: number;
  appliedEvents: number;
  lastEventId: string;
  lastEventType: string;
  /** The `time` of the last applied event (when membership made the change, not when we saw it). */
  updatedAt: string;
}
