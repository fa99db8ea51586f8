import { type Change, changeOf, eventOf } from '@icn/messaging';
import { DomainConflictError } from '@icn/platform';
import type { ConsortiumStatus, EventDefinition } from '@icn/contracts';
import type { ConsortiumState } from './consortium';

/** Every consortium event carries the same payload: the full consortium after the change. */
export type ConsortiumEventDefinition = EventDefinition<{ consortium: ConsortiumState }>;

/** The statuses before submission: the partnership and the workspace may still change. */
export const OPEN_STATUSES: readonly ConsortiumStatus[] = ['forming', 'drafting'];

/** Every change gets the next version (its one event's sequence) and a fresh copy of the state. */
export function bump(state: ConsortiumState, now: Date): ConsortiumState {
  return { ...structuredClone(state), version: state.version + 1, updatedAt: now.toISOString() };
}

/** The write path's change: the new state and the one event carrying a copy of it (ADR 12). */
export function consortiumChange(definition: ConsortiumEventDefinition, state: ConsortiumState): Change<ConsortiumState> {
  return changeOf(state, eventOf(definition, { consortium: structuredClone(state) }));
}

/** A refused transition says what the consortium is and what it would need to be (the 409 message). */
export function requireStatus(state: ConsortiumState, allowed: readonly ConsortiumStatus[], action: string): void {
  if (!allowed.includes(state.status)) {
    throw new DomainConflictError(`cannot ${action}: consortium ${state.consortiumId} is ${state.status}, only ${allowed.join(' or ')} consortia allow it`);
  }
}
