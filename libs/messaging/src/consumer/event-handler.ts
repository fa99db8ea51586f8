import type { CloudEvent, EventDefinition } from '@icn/contracts';
import type { ProjectedWrite } from '../projection/guarded-projection';

export interface HandlerContext {
  topic: string;
  partition: number;
  offset: string;
  /** 1 on the first try, incremented on each retry of the same message. */
  attempt: number;
  /** Call during long work so the group does not consider this consumer dead. */
  heartbeat(): Promise<void>;
}

/**
 * Handles one event type. `event.data` has been validated against `definition.payload` (and is an
 * instance of it) before `handle` is called. Handlers must be safe to re-run for the same event
 * (at-least-once): the consumer dedupes by event id, and handlers guard by aggregate sequence.
 */
export interface EventHandler<T extends object = object> {
  readonly definition: EventDefinition<T>;
  handle(event: CloudEvent<T>, ctx: HandlerContext): Promise<void>;
}

/** Builds a handler from a function, inferring the payload type from the definition. */
export function eventHandler<T extends object>(
  definition: EventDefinition<T>,
  handle: (event: CloudEvent<T>, ctx: HandlerContext) => Promise<void>,
): EventHandler<T> {
  return { definition, handle };
}

/**
 * Projects one event type of a guarded consumer group: returns the write to apply under the
 * sequence guard (or nothing, when the event does not concern the read model). It must not write
 * anything itself: the consumer applies the writes of a batch together and may call `project`
 * again for the same event when it replays a batch one event at a time.
 */
export interface EventProjector<T extends object = object> {
  readonly definition: EventDefinition<T>;
  project(event: CloudEvent<T>, ctx: HandlerContext): Promise<ProjectedWrite | null | undefined>;
}

/**
 * Thrown by a handler for an event that retrying cannot help (e.g. a delta for a document never
 * built, under the `park` policy): the processor dead-letters it at once, with this reason.
 */
export class UnrecoverableEventError extends Error {
  constructor(
    message: string,
    /** The `reason` label of icn_events_dead_lettered_total. */
    readonly category: string,
  ) {
    super(message);
    this.name = 'UnrecoverableEventError';
  }
}
