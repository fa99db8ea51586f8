import type { EventDefinition } from '@icn/contracts';

/** An integration event decided by the domain, before it gets its envelope (see buildEvent). */
export interface DomainEvent {
  readonly definition: EventDefinition;
  readonly data: object;
}

/**
 * The outcome of a command: the aggregate's next state and the one event that records it. Domain
 * functions return it; the service's writer stores the state and the event's outbox entry in one
 * document write (ADR 4).
 */
export interface Change<S> {
  readonly state: S;
  readonly event: DomainEvent;
}

/** Typed constructor so that `data` is checked against the definition's payload class. */
export function eventOf<T extends object>(definition: EventDefinition<T>, data: T): DomainEvent {
  return { definition, data };
}
