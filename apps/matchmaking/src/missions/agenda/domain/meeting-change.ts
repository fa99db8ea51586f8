
/**
 * The outcome of a meeting command: its next state and the events that record it, oldest first.
 * Accepting yields two (accepted, then scheduled) written in one document write, so a meeting is
 * never seen accepted without its slot. Each event bumps the version once: the last event's
 * sequence is `state.version`, each earlier one is one less.
 */
export interface MeetingChange<S> {
  readonly state: S;
  readonly events: readonly DomainEvent[];
}

export function sequenceOf(change: MeetingChange<{ version: number }>, index: number): number {
  return change.state.version - (change.events.length - 1 - index);
}import type { DomainEvent } from '@icn/messaging';

