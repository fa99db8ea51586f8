import type { CloudEvent } from '@icn/contracts';

/**
 * What one event does to one read-model document, independent of the database driver.
 *
 * `upsert` is true only for events that carry the aggregate's full state (joined/updated/registered
 * snapshots): they may create the document. Delta events (suspended, contact-added, …) need the
 * state they change to be there already.
 */
export interface ProjectionWrite {
  id: string;
  sequence: number;
  eventId: string;
  eventType: string;
  eventTime: string;
  set: Record<string, unknown>;
  unset: string[];
  upsert: boolean;
}

export type WriteChanges = Pick<ProjectionWrite, 'set' | 'unset' | 'upsert'>;

/** Fills in the identity and bookkeeping part of a write from the event envelope. */
export function writeFor(event: CloudEvent<unknown>, id: string, changes: WriteChanges): ProjectionWrite {
  return {
    id,
    sequence: event.subjectsequence,
    eventId: event.id,
    eventType: event.type,
    eventTime: event.time,
    ...changes,
  };
}

/** Snapshot optional fields that are absent must be removed, otherwise a cleared value would linger. */
export function splitOptional<T extends object>(
  snapshot: T,
  optionalKeys: readonly (keyof T & string)[],
): { set: Record<string, unknown>; unset: string[] } {
  const set: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(snapshot)) {
    if (value !== undefined) {
      set[key] = value;
    }
  }
  const unset = optionalKeys.filter((key) => snapshot[key] === undefined);
  return { set, unset };
}
