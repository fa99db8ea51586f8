import { AsyncLocalStorage } from 'node:async_hooks';

/** What is known about the unit of work in progress (an HTTP request or a consumed event). */
export interface RequestContextData {
  readonly correlationId: string;
  /** The id of the event that caused this work, when the work is an event handler. */
  readonly causationId?: string;
}

const storage = new AsyncLocalStorage<RequestContextData>();

/**
 * The ambient context of the current unit of work, carried across awaits by AsyncLocalStorage so
 * that loggers and event builders read the correlation id without every function passing it on.
 */
export const RequestContext = {
  run<R>(context: RequestContextData, fn: () => R): R {
    return storage.run(context, fn);
  },

  current(): RequestContextData | undefined {
    return storage.getStore();
  },

  correlationId(): string | undefined {
    return storage.getStore()?.correlationId;
  },

  causationId(): string | undefined {
    return storage.getStore()?.causationId;
  },
} as const;
