import type { MissionParticipants } from '../mission-participants';
import type { MissionState } from './mission';

/**
 * What the B2B agenda sees of a mission: only the delegates currently selected (a promoted reserve
 * counts, a withdrawn delegate does not) and the local project owners, with the mission's frame.
 */
export function toMissionParticipants(state: MissionState): MissionParticipants {
  return {
    missionId: state.missionId,
    title: state.title,
    organiserClusterId: state.organiserClusterId,
    hostClusterId: state.hostClusterId,
    from: state.from,
    to: state.to,
    timeZone: state.timeZone,
    status: state.status,
    selectedDelegates: state.applications
      .filter((application) => application.status === 'selected')
      .map((application) => ({ organisationId: application.organisationId, name: application.organisationName, clusterId: application.clusterId })),
    localProjectOwners: state.localProjectOwners.map((owner) => ({
      ownerId: owner.ownerId,
      name: owner.name,
      ...(owner.organisationId === undefined ? {} : { organisationId: owner.organisationId }),
    })),
  };
}
