import { Injectable } from '@nestjs/common';
import { toMissionParticipants } from '../domain/mission-participants.mapper';
import { MissionParticipantsReader, type MissionParticipants } from '../mission-participants';
import { MissionAggregate } from './mission.aggregate';

/** The agenda's port onto missions, answered from each mission's newest state (its commits). */
@Injectable()
export class MissionParticipantsRepositoryReader extends MissionParticipantsReader {
  constructor(private readonly missions: MissionAggregate) {
    super();
  }

  async find(missionId: string): Promise<MissionParticipants | null> {
    const mission = await this.missions.find(missionId);
    return mission === null ? null : toMissionParticipants(mission);
  }
}
