/**
 * What the B2B agenda needs to know about a mission: who may meet whom, and when the mission runs.
 * The missions feature (creation, call, applications, selection, local project owners) owns and
 * writes missions; the agenda only reads them through this port, so the two stay separate.
 */
export interface MissionDelegate {
  /** The delegate organisation (a member, from the directory). */
  organisationId: string;
  name: string;
  clusterId: string;
}

export interface LocalProjectOwner {
  /** Id given by the mission when the owner was added (owners need not be ICN members). */
  ownerId: string;
  name: string;
  /** The owner's organisation in the directory, when it is a member; absent otherwise. */
  organisationId?: string;
}

export interface MissionParticipants {
  missionId: string;
  title: string;
  /** The cluster that organises the mission (its manager runs selection and the agenda). */
  organiserClusterId: string;
  /** The cluster at the destination (its manager adds local project owners). */
  hostClusterId: string;
  /** ISO dates (YYYY-MM-DD), inclusive. */
  from: string;
  to: string;
  /** IANA time zone of the destination, e.g. "America/New_York"; slot times are local to it. */
  timeZone: string;
  status: string;
  /** Only delegates currently selected (not reserve, rejected or withdrawn). */
  selectedDelegates: MissionDelegate[];
  localProjectOwners: LocalProjectOwner[];
}

/** Implemented by the missions feature; injected into the agenda. */
export abstract class MissionParticipantsReader {
  /** Null when no such mission exists. */
  abstract find(missionId: string): Promise<MissionParticipants | null>;
}
