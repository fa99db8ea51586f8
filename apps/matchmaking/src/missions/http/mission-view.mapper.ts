import type { Principal } from '@icn/platform';
import { readableApplications } from '../domain/mission-access';
import type { MissionState } from '../domain/mission';
import { isAcceptingApplications } from '../domain/mission-lifecycle';
import { toMissionParticipants } from '../domain/mission-participants.mapper';
import type { MissionView } from './mission.view';

const DELEGATION_IS_PUBLIC: readonly string[] = ['selection-published', 'completed'];

export function toMissionView(principal: Principal, mission: MissionState, now: Date): MissionView {
  const view: MissionView = {
    ...mission,
    applications: readableApplications(principal, mission),
    liveApplicationCount: mission.applications.filter((application) => application.status !== 'withdrawn').length,
    acceptingApplications: isAcceptingApplications(mission, now),
  };
  if (DELEGATION_IS_PUBLIC.includes(mission.status)) view.selectedDelegates = toMissionParticipants(mission).selectedDelegates;
  return view;
}
