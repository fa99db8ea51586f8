import type { DomainEvent } from '@icn/messaging';
import type { MissionState } from './mission';

/** An event together with the mission version it records (its `sequence` on the topic). */
export interface SequencedEvent {
  readonly sequence: number;
  readonly event: DomainEvent;
}

/**
 * The outcome of a mission command: the next state and the events that record it, in order. Most
 * commands record one event; a few record two facts in the same write (a withdrawn selected
 * delegate and the reserve promoted in its place; a call closed by its cut-off and the selection
 * decided after it), each with its own version so consumers can apply them one by one.
 */
export interface MissionChange {
  readonly state: MissionState;
  readonly events: readonly SequencedEvent[];
}

/** Runs `next` on the state `first` produced; the result carries both changes' events. */
export function andThen(first: MissionChange, next: (state: MissionState) => MissionChange): MissionChange {
  const second = next(first.state);
  return { state: second.state, events: [...first.events, ...second.events] };
}
