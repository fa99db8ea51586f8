import type { PassportApplicationSnapshotV1 } from '@icn/contracts';

/**
 * A Passport application as matchmaking stores it: the published snapshot plus the ids of the desk
 * reservations it holds, which are an internal detail (cancellation must release exactly those).
 */
export interface PassportApplicationState extends PassportApplicationSnapshotV1 {
  deskReservationIds: string[];
}

/** What events carry: everything but the internal reservation bookkeeping. */
export function toSnapshot(state: PassportApplicationState): PassportApplicationSnapshotV1 {
  const { deskReservationIds: _reservations, ...snapshot } = state;
  return snapshot;
}
