import { DomainNotFoundError } from '@icn/platform';
import { Injectable } from '@nestjs/common';
import { MissionParticipantsReader, type MissionParticipants } from '../mission-participants';

/** Reads a mission through the missions feature's port; an unknown one is a 404. */
@Injectable()
export class MissionParticipantsLookup {
  constructor(private readonly reader: MissionParticipantsReader) {}

  async get(missionId: string): Promise<MissionParticipants> {
    const mission = await this.reader.find(missionId);
    if (mission === null) throw new DomainNotFoundError(`mission ${missionId} not found`);
    return mission;
  }
}
