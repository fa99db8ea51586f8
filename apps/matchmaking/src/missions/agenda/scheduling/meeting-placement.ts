import { DomainConflictError } from '@icn/platform';
import type { AgendaSlot } from '../domain/agenda-slot';
import {
  delegateReservationId,
  ownerReservationId,
  tableReservationId,
  type AgendaReservationStore,
} from './agenda-reservation.store';

export interface PlacementRequest {
  missionId: string;
  meetingId: string;
  delegate: { organisationId: string; name: string };
  owner: { ownerId: string; name: string };
  tables: number;
  /**
   * The slots to try, in order. One slot when a slot was asked for (the meeting gets it or a 409
   * naming what is taken); otherwise every future slot of the agenda, chronologically.
   */
  candidates: readonly AgendaSlot[];
  /** Whether the candidates are the one slot asked for (the refusal then names the busy party). */
  slotAskedFor: boolean;
}

export interface Placement {
  slot: AgendaSlot;
  table: number;
  reservationIds: string[];
}

/**
 * Places an accepted meeting: in the slot asked for, or else in the earliest slot where the
 * delegate, the owner and a table are all free. Each is taken by inserting its reservation `_id`,
 * which only one writer can win, so two concurrent placements of the same participant (or the last
 * table) in one slot give one winner; the loser gives back what it took and tries the next slot,
 * or, when the slot was asked for, gets a 409 naming who or what is taken.
 *
 * Taking never waits (an insert wins or loses at once) and a loser releases before moving on, so
 * two placements cannot block each other.
 */
export async function placeMeeting(store: AgendaReservationStore, request: PlacementRequest): Promise<Placement> {
  let lastRefusal = '';
  for (const slot of request.candidates) {
    const outcome = await tryPlaceIn(store, request, slot);
    if (typeof outcome !== 'string') return outcome;
    lastRefusal = outcome;
  }
  if (request.slotAskedFor && lastRefusal !== '') throw new DomainConflictError(lastRefusal);
  throw new DomainConflictError(
    `no free slot left on the agenda where ${request.delegate.name} and ${request.owner.name} are both free and a table is available`,
  );
}

/** The placement, or why this slot is refused. */
async function tryPlaceIn(store: AgendaReservationStore, request: PlacementRequest, slot: AgendaSlot): Promise<Placement | string> {
  const taken: string[] = [];
  const give = async (reason: string): Promise<string> => {
    await store.release(request.meetingId, taken);
    return reason;
  };
  const delegateId = delegateReservationId(request.missionId, slot.slotId, request.delegate.organisationId);
  if (!(await take(store, request, slot, delegateId))) {
    return give(`${request.delegate.name} (delegate ${request.delegate.organisationId}) already has a meeting in slot ${slot.slotId}`);
  }
  taken.push(delegateId);
  const ownerId = ownerReservationId(request.missionId, slot.slotId, request.owner.ownerId);
  if (!(await take(store, request, slot, ownerId))) {
    return give(`${request.owner.name} (local owner ${request.owner.ownerId}) already has a meeting in slot ${slot.slotId}`);
  }
  taken.push(ownerId);
  for (let table = 1; table <= request.tables; table++) {
    const tableId = tableReservationId(request.missionId, slot.slotId, table);
    if (await take(store, request, slot, tableId)) return { slot, table, reservationIds: [...taken, tableId] };
  }
  return give(`every table (${request.tables}) is taken in slot ${slot.slotId}`);
}

async function take(store: AgendaReservationStore, request: PlacementRequest, slot: AgendaSlot, reservationId: string): Promise<boolean> {
  if (await store.tryInsert({ reservationId, meetingId: request.meetingId, missionId: request.missionId, slotId: slot.slotId })) return true;
  // A crashed earlier attempt of this very meeting may have left its reservation behind: reuse it.
  return (await store.holderOf(reservationId)) === request.meetingId;
}
