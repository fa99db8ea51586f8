import { RequestContext } from '@icn/platform';

export interface EventContext {
  correlationId: string;
  causationId?: string;
}

/**
 * Where the current correlation / causation ids live. By default it is @icn/platform's
 * `RequestContext`, so an HTTP request, the events it causes and the handlers of those events share
 * one context (and every log line carries the same correlation id). `useEventContext` swaps it, which
 * tests use to observe what a handler ran under.
 */
export interface EventContextPort {
  current(): EventContext | undefined;
  run<R>(context: EventContext, fn: () => R): R;
}

let active: EventContextPort = RequestContext;

export function useEventContext(port: EventContextPort): void {
  active = port;
}

export function eventContext(): EventContextPort {
  return active;
}
