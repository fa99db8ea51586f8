import { canManageCluster, canManageOrganisation, DomainAccessDeniedError, type Principal } from '@icn/platform';
import type { MissionMeetingCanceller, MissionMeetingDelegateV1, MissionMeetingOwnerV1, MissionMeetingSide } from '@icn/contracts';
import type { MissionParticipants } from '../../mission-participants';

/*
 * Object-level authorisation for the B2B agenda (no BOLA):
 * - the organiser side (the organiser cluster's manager, the secretariat) sets the agenda, sees
 *   every meeting and may cancel any;
 * - the delegate side of a meeting is whoever may manage the delegate organisation (the member
 *   itself, its cluster manager, the secretariat);
 * - the owner side is the host cluster's manager, who acts for local owners (they need not be ICN
 *   members), or the owner organisation's own member when the owner is one.
 * Who may read the agenda grid: the organiser and host sides and every participant of the
 * mission (any selected delegate's side, any member owner). Integrators and other members may
 * not: who meets whom on a mission is not public. A meeting itself (with its message) is readable
 * by its two sides, the organiser and the host manager only.
 */

export function isOrganiserSide(principal: Principal, mission: MissionParticipants): boolean {
  return canManageCluster(principal, mission.organiserClusterId);
}

export function canActForDelegate(principal: Principal, delegate: Pick<MissionMeetingDelegateV1, 'clusterId' | 'organisationId'>): boolean {
  return canManageOrganisation(principal, delegate);
}

export function canActForOwner(principal: Principal, mission: MissionParticipants, owner: Pick<MissionMeetingOwnerV1, 'organisationId'>): boolean {
  if (canManageCluster(principal, mission.hostClusterId)) return true;
  return principal.role === 'member' && owner.organisationId !== undefined && principal.organisationId === owner.organisationId;
}

export function canReadAgenda(principal: Principal, mission: MissionParticipants): boolean {
  return (
    isOrganiserSide(principal, mission) ||
    canManageCluster(principal, mission.hostClusterId) ||
    mission.selectedDelegates.some((delegate) => canActForDelegate(principal, delegate)) ||
    mission.localProjectOwners.some((owner) => canActForOwner(principal, mission, owner))
  );
}

interface MeetingSides {
  delegate: MissionMeetingDelegateV1;
  owner: MissionMeetingOwnerV1;
}

export function canReadMeeting(principal: Principal, mission: MissionParticipants, meeting: MeetingSides): boolean {
  return isOrganiserSide(principal, mission) || sidesOf(principal, mission, meeting).length > 0;
}

/** The sides of this meeting the caller may act for (both for the secretariat, say). */
export function sidesOf(principal: Principal, mission: MissionParticipants, meeting: MeetingSides): MissionMeetingSide[] {
  const sides: MissionMeetingSide[] = [];
  if (canActForDelegate(principal, meeting.delegate)) sides.push('delegate');
  if (canActForOwner(principal, mission, meeting.owner)) sides.push('owner');
  return sides;
}

/**
 * Which party a cancellation comes from. The organiser wins for the secretariat, which acts for the
 * network rather than for either side; a caller that is none of them gets the one 403 message.
 */
export function cancellingParty(principal: Principal, mission: MissionParticipants, meeting: MeetingSides): MissionMeetingCanceller {
  if (isOrganiserSide(principal, mission)) return 'organiser';
  return sidesOf(principal, mission, meeting)[0] ?? deny();
}

export function assertSide(principal: Principal, mission: MissionParticipants, meeting: MeetingSides, side: MissionMeetingSide): void {
  if (!sidesOf(principal, mission, meeting).includes(side)) deny();
}

export function assertOrganiserSide(principal: Principal, mission: MissionParticipants): void {
  if (!isOrganiserSide(principal, mission)) deny();
}

export function assertCanReadAgenda(principal: Principal, mission: MissionParticipants): void {
  if (!canReadAgenda(principal, mission)) deny();
}

export function assertCanReadMeeting(principal: Principal, mission: MissionParticipants, meeting: MeetingSides): void {
  if (!canReadMeeting(principal, mission, meeting)) deny();
}

export function deny(): never {
  // One message for every denial so the response does not reveal whose meeting it is.
  throw new DomainAccessDeniedError('You do not have access to this resource');
}
