import type { DomainEvent } from '@icn/messaging';

export { eventOf, type DomainEvent } from '@icn/messaging';

/**
 * The outcome of a command on an opportunity: the next state and the event that records it.
 * Unlike the other aggregates' Change, the event is optional: changes to a draft have none, because
 * drafts are private to their cluster and nothing about them leaves the service.
 */
export interface Change<S> {
  readonly state: S;
  readonly event?: DomainEvent;
}
