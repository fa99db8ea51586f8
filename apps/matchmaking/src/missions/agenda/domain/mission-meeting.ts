import type { MissionMeetingSnapshotV1 } from '@icn/contracts';

/**
 * A B2B meeting as matchmaking stores it: the published snapshot plus the ids of the agenda
 * reservations it holds (its delegate, its owner and its table in its slot), an internal detail
 * that cancellation must release exactly.
 */
export interface MissionMeetingState extends MissionMeetingSnapshotV1 {
  reservationIds: string[];
}

/** What events and responses carry: everything but the reservation bookkeeping. */
export function toMeetingSnapshot(state: MissionMeetingState): MissionMeetingSnapshotV1 {
  const { reservationIds: _reservations, ...snapshot } = state;
  return snapshot;
}
