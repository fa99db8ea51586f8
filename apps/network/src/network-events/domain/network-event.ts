import type { NetworkEventRegistrationV1, NetworkEventSnapshotV1 } from '@icn/contracts';

/** A network event's state is exactly what its events carry: the snapshot with its registration list. */
export type NetworkEventState = NetworkEventSnapshotV1;

/** A copy that shares nothing with the state it came from (decisions never mutate their input). */
export function toSnapshot(state: NetworkEventState): NetworkEventSnapshotV1 {
  return { ...state, place: { ...state.place }, registrations: state.registrations.map((registration) => ({ ...registration })) };
}

export function confirmedOf(state: NetworkEventState): NetworkEventRegistrationV1[] {
  return state.registrations.filter((registration) => registration.status === 'confirmed');
}

/** The waiting list in promotion order (rank 1 first). */
export function waitingListOf(state: NetworkEventState): NetworkEventRegistrationV1[] {
  return state.registrations
    .filter((registration) => registration.status === 'waiting')
    .sort((a, b) => (a.waitingRank ?? 0) - (b.waitingRank ?? 0));
}

export function seatsLeft(state: NetworkEventState): number {
  return Math.max(0, state.capacity - confirmedOf(state).length);
}
