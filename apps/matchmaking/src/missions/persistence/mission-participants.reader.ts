import { Injectable } from '@nestjs/common';
import { toMissionParticipants } from '../domain/mission-participants.mapper';
import { MissionParticipantsReader, type MissionParticipants } from '../mission-participants';
import { MissionRepository } from './mission.repository';

/** The agenda's port onto missions, answered from the mission documents (read by `_id`). */
@Injectable()
export class MissionParticipantsRepositoryReader extends MissionParticipantsReader {
  constructor(private readonly missions: MissionRepository) {
    super();
  }

  async find(missionId: string): Promise<MissionParticipants | null> {
    const mission = await this.missions.findById(missionId);
    return mission === null ? null : toMissionParticipants(mission);
  }
}
