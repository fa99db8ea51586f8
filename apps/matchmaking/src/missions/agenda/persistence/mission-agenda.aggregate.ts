import { WritePath, type Aggregate, type Decide } from '@icn/messaging';
import { Injectable } from '@nestjs/common';
import { MATCHMAKING_EVENT_SOURCE } from '../../../matchmaking-event-source';
import type { MissionAgendaState } from '../domain/mission-agenda';
import { MissionAgendaRepository } from './mission-agenda.repository';

/**
 * The one way a mission's agenda changes (ADR 12): set or replaced, decided on the newest state
 * (null the first time) and committed through the write path, which publishes MissionAgendaSet in
 * version order. Its own aggregate (keyed by mission id, with its own version) because it has its
 * own topic and sequence. Registered at construction so a restarted replica can repair its snapshots.
 */
@Injectable()
export class MissionAgendaAggregate {
  private readonly aggregate: Aggregate<MissionAgendaState>;

  constructor(writePath: WritePath, repository: MissionAgendaRepository) {
    this.aggregate = writePath.aggregate<MissionAgendaState>({
      name: 'mission-agenda',
      source: MATCHMAKING_EVENT_SOURCE,
      snapshots: repository.snapshots,
      idOf: (state) => state.missionId,
    });
  }

  /** The newest agenda (never behind its commits), or null when none was set. */
  find(missionId: string): Promise<MissionAgendaState | null> {
    return this.aggregate.find(missionId);
  }

  /** `decide` sees null the first time; it may be async and throw domain errors. */
  async set(missionId: string, decide: Decide<MissionAgendaState, MissionAgendaState | null>): Promise<MissionAgendaState> {
    const agenda = await this.aggregate.upsert(missionId, decide);
    if (agenda === null) throw new Error(`the agenda of mission ${missionId} is missing right after it was set`);
    return agenda;
  }
}
