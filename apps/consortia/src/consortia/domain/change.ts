import type { EventDefinition } from '@icn/contracts';

/** An integration event decided by the domain, before it gets its envelope. */
export interface DomainEvent {
  readonly definition: EventDefinition;
  readonly data: object;
}

/** The outcome of a command: the aggregate's next state and the one event that records it. */
export interface Change<S> {
  readonly state: S;
  readonly event: DomainEvent;
}

/** Typed constructor so that `data` is checked against the definition's payload class. */
export function eventOf<T extends object>(definition: EventDefinition<T>, data: T): DomainEvent {
  return { definition, data };
}
