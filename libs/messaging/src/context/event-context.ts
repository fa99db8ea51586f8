import { AsyncLocalStorage } from 'node:async_hooks';

export interface EventContext {
  correlationId: string;
  causationId?: string;
}

/**
 * Where the current correlation / causation ids live. @icn/platform's `RequestContext` (static
 * `run` + `current`) has this shape; a service hands it over once with `useEventContext(RequestContext)`
 * so that HTTP requests and consumed events share one context. Until then messaging keeps its own
 * AsyncLocalStorage, which makes the library usable (and testable) on its own.
 */
export interface EventContextPort {
  current(): EventContext | undefined;
  run<R>(context: EventContext, fn: () => R): R;
}

const storage = new AsyncLocalStorage<EventContext>();

const localContext: EventContextPort = {
  current: () => storage.getStore(),
  run: (context, fn) => storage.run(context, fn),
};

let active: EventContextPort = localContext;

export function useEventContext(port: EventContextPort): void {
  active = port;
}

export function eventContext(): EventContextPort {
  return active;
}
