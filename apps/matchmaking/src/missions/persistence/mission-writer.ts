import { withHttpErrors } from '@icn/platform';
import { buildEvent, OutboxRelay, toOutboxEntry, type OutboxEntry } from '@icn/messaging';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { MissionState } from '../domain/mission';
import type { MissionChange } from '../domain/mission-change';
import { MissionRepository } from './mission.repository';

/** CloudEvents `source` of everything the missions feature publishes. */
export const MISSION_EVENT_SOURCE = '/icn/matchmaking';

/**
 * The one way a mission changes: read, decide (domain + authorisation on the fresh state), write
 * state + events in one document write guarded by the version read, then wake the relay. The
 * read-decide-write holds the mission's lock (OutboxRelay.withAggregateLock, the one the relay
 * takes to remove published entries) because FerretDB's version guard is not reliable under
 * concurrency. The mission is one aggregate: an application, a selection or an owner is a change
 * of the mission, so "one application per organisation" and "selected ≤ capacity" are decided on
 * one consistent state.
 */
@Injectable()
export class MissionWriter {
  constructor(
    private readonly missions: MissionRepository,
    private readonly relay: OutboxRelay,
  ) {}

  create(change: MissionChange): Promise<MissionState> {
    return withHttpErrors(async () => {
      const { state } = change;
      await this.missions.insert(state, this.entriesFor(change, state.missionId));
      this.written(state.missionId);
      return state;
    });
  }

  modify(missionId: string, decide: (current: MissionState) => MissionChange | Promise<MissionChange>): Promise<MissionState> {
    return withHttpErrors(() =>
      this.relay.withAggregateLock(this.missions.collectionName, missionId, async () => {
        const current = await this.missions.findById(missionId);
        if (current === null) throw new NotFoundException(`mission ${missionId} not found`);
        const change = await decide(current);
        // Under the lock only another process can win; it is rare enough to hand back to the client.
        if (!(await this.missions.replace(change.state, current.version, this.entriesFor(change, missionId)))) {
          throw new ConflictException(`mission ${missionId} was modified concurrently; re-read it and retry`);
        }
        this.written(missionId);
        return change.state;
      }),
    );
  }

  private entriesFor(change: MissionChange, missionId: string): OutboxEntry[] {
    return change.events.map(({ event, sequence }) =>
      toOutboxEntry(buildEvent(event.definition, { subject: missionId, sequence, data: event.data, source: MISSION_EVENT_SOURCE }), event.definition.topic),
    );
  }

  /** Publish now rather than at the next poll; naming the aggregate lets the relay read it by `_id`. */
  private written(missionId: string): void {
    this.relay.trigger({ collection: this.missions.collectionName, id: missionId });
  }
}
