import { DomainConflictError } from '@icn/platform';
import type { MissionParticipants } from '../../mission-participants';

/** Missions whose agenda is frozen: nothing can be set, requested, accepted or declined any more. */
const CLOSED_STATUSES: readonly string[] = ['cancelled', 'completed'];

export function assertMissionOpen(mission: MissionParticipants, action: string): void {
  if (CLOSED_STATUSES.includes(mission.status)) {
    throw new DomainConflictError(`cannot ${action}: mission ${mission.missionId} is ${mission.status}`);
  }
}
