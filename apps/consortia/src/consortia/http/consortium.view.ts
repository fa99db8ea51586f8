import type { ConsortiumInvitationV1, ConsortiumSnapshotV1 } from '@icn/contracts';
import { effectiveStatus } from '../domain/consortium-formation';

/** An invitation as shown: a `pending` one past its expiry reads `expired`. */
export type InvitationView = Omit<ConsortiumInvitationV1, 'status'> & { status: ConsortiumInvitationV1['status'] | 'expired' };

export type ConsortiumView = Omit<ConsortiumSnapshotV1, 'invitations'> & { invitations: InvitationView[] };

export function toView(state: ConsortiumSnapshotV1, now: Date): ConsortiumView {
  return { ...state, invitations: state.invitations.map((invitation) => ({ ...invitation, status: effectiveStatus(invitation, now) })) };
}
