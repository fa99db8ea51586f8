import { WritePath, type Aggregate, type Change, type Decide } from '@icn/messaging';
import { Injectable } from '@nestjs/common';
import { MATCHMAKING_EVENT_SOURCE } from '../../matchmaking-event-source';
import type { MissionState } from '../domain/mission';
import { MissionRepository } from './mission.repository';

/**
 * The one way a mission changes (ADR 12): every command is decided on the newest state and
 * committed through the write path, which publishes its events in version order. The mission is
 * one aggregate: an application, a selection or an owner is a change of the mission, so "one
 * application per organisation" and "selected ≤ capacity" are decided on one consistent state,
 * across replicas. Registered at construction so a restarted replica can repair its snapshots.
 */
@Injectable()
export class MissionAggregate {
  private readonly aggregate: Aggregate<MissionState>;

  constructor(writePath: WritePath, repository: MissionRepository) {
    this.aggregate = writePath.aggregate<MissionState>({
      name: 'mission',
      source: MATCHMAKING_EVENT_SOURCE,
      snapshots: repository.snapshots,
      idOf: (state) => state.missionId,
    });
  }

  /** The newest state (never behind its commits), or null. */
  find(missionId: string): Promise<MissionState | null> {
    return this.aggregate.find(missionId);
  }

  create(change: Change<MissionState>): Promise<MissionState> {
    return this.aggregate.create(change);
  }

  /** 404 when absent; `decide` may throw domain errors. */
  modify(missionId: string, decide: Decide<MissionState>): Promise<MissionState> {
    return this.aggregate.modify(missionId, decide);
  }
}
