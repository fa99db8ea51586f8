import type { EventDefinition } from '@icn/contracts';

/** An integration event decided by the domain, before it gets its envelope (see buildEvent). */
export interface DomainEvent {
  readonly definition: EventDefinition;
  readonly data: object;
}

/** Typed constructor so that `data` is checked against the definition's payload class. */
export function eventOf<T extends object>(definition: EventDefinition<T>, data: T): DomainEvent {
  return { definition, data };
}

/** What every aggregate state carries: how many versions it has been through. */
export interface Versioned {
  readonly version: number;
}

/**
 * The outcome of a command, decided by a pure domain function: the aggregate's next state and the
 * events that record it, oldest first. The one shape of every aggregate (ADR 12).
 *
 * Version rule: each event is one version, so `state.version` is the previous version plus the
 * number of events; a change without events (a private draft edited) still moves one version. The
 * events' `subjectsequence`s are the versions in between, so consumers apply them one by one.
 * `removed` ends the aggregate (a draft discarded): its snapshot is deleted, its commit stays.
 */
export interface Change<S extends Versioned> {
  readonly state: S;
  readonly events: readonly DomainEvent[];
  readonly removed?: true;
}

/** The usual change: a new state and the events recording it. */
export function changeOf<S extends Versioned>(state: S, ...events: DomainEvent[]): Change<S> {
  return { state, events };
}

/** Runs `next` on the state `first` produced; the result carries both changes' events in order. */
export function andThen<S extends Versioned>(first: Change<S>, next: (state: S) => Change<S>): Change<S> {
  const second = next(first.state);
  return { state: second.state, events: [...first.events, ...second.events], ...(second.removed ? { removed: true } : {}) };
}

/** The version a change must end at, given the version it was decided on. */
export function expectedVersionAfter(base: number, change: Change<Versioned>): number {
  return base + Math.max(1, change.events.length);
}
