import type { OutboxEntry } from '../outbox/outbox-entry';

/**
 * One committed change of one aggregate, the unit of both concurrency control and publication
 * (ADR 12). Its `_id` claims the version after `base`: whoever inserts it first owns that step of
 * the aggregate's history, every other writer of the same step gets a duplicate-key error — the one
 * guarantee MongoDB and FerretDB (both backends) share. Immutable once written, except `published`,
 * which only relays set (after Kafka acknowledged its events).
 */
export interface CommitRecord {
  /** `claimIdOf(aggregate, base + 1)`. */
  readonly _id: string;
  /** `<aggregate type>:<aggregate id>`: the publication order and the relay's per-aggregate query. */
  readonly aggregate: string;
  /** The version the change was decided on (0 for a creation). */
  readonly base: number;
  /** The version after the change (`state.version`). */
  readonly version: number;
  /** The state after the change as JSON (states are plain JSON data); absent when it removed the aggregate. */
  readonly state?: string;
  /** The change's events, serialised with their envelopes (what the relay publishes, byte for byte). */
  readonly events: readonly OutboxEntry[];
  readonly committedAt: Date;
  readonly published: boolean;
}

/** Wide enough for any version a real aggregate reaches, so ids sort in version order as text. */
const VERSION_DIGITS = 10;

export function aggregateKeyOf(type: string, id: string): string {
  return `${type}:${id}`;
}

/** The id of the commit that takes an aggregate from `version - 1` to `version` or beyond. */
export function claimIdOf(aggregate: string, version: number): string {
  return `${aggregate}:${String(version).padStart(VERSION_DIGITS, '0')}`;
}
