import { buildEvent, type Change, OutboxRelay, toOutboxEntry } from '@icn/messaging';
import { withHttpErrors } from '@icn/platform';
import { ConflictException, Injectable } from '@nestjs/common';
import type { MissionAgendaState } from '../domain/mission-agenda';
import { AGENDA_EVENT_SOURCE } from './agenda-event-source';
import { MissionAgendaRepository } from './mission-agenda.repository';

/**
 * Sets a mission's agenda: read (null the first time), decide, then insert or replace state and
 * event in one document write under the agenda's lock, and wake the relay.
 */
@Injectable()
export class MissionAgendaWriter {
  constructor(
    private readonly agendas: MissionAgendaRepository,
    private readonly relay: OutboxRelay,
  ) {}

  save(missionId: string, decide: (current: MissionAgendaState | null) => Promise<Change<MissionAgendaState>>): Promise<MissionAgendaState> {
    return withHttpErrors(() =>
      this.relay.withAggregateLock(this.agendas.collectionName, missionId, async () => {
        const current = await this.agendas.findById(missionId);
        const change = await decide(current);
        const entry = toOutboxEntry(
          buildEvent(change.event.definition, { subject: missionId, sequence: change.state.version, data: change.event.data, source: AGENDA_EVENT_SOURCE }),
          change.event.definition.topic,
        );
        if (current === null) {
          await this.agendas.insert(change.state, entry);
        } else if (!(await this.agendas.replace(change.state, current.version, entry))) {
          throw new ConflictException(`the agenda of mission ${missionId} was modified concurrently; re-read it and retry`);
        }
        this.relay.trigger({ collection: this.agendas.collectionName, id: missionId });
        return change.state;
      }),
    );
  }
}
