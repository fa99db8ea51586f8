import type { CloudEvent, EventDefinition } from '@icn/contracts';

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
