import type { ConsoleUser } from '../../app/session';
import type { Meeting, Mission } from './labels';
import { canActForOrganisation, canActForOwner, isOrganiserSide } from './mission-sides';

/**
 * What the person may do with one meeting: the side that did not ask accepts or declines; either
 * side, or the organiser, cancels. The secretariat may act for both sides.
 */
export function meetingActions(user: ConsoleUser, mission: Mission, meeting: Meeting): { answer: boolean; cancel: boolean } {
  const delegate = canActForOrganisation(user, meeting.delegate);
  const owner = canActForOwner(user, mission, meeting.owner);
  const answering = meeting.requestedBy === 'delegate' ? owner : delegate;
  const live = meeting.status === 'requested' || meeting.status === 'accepted' || meeting.status === 'scheduled';
  return {
    answer: meeting.status === 'requested' && answering,
    cancel: live && (delegate || owner || isOrganiserSide(user, mission)),
  };
}
