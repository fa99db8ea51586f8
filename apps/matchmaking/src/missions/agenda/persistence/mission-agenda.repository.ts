import { mongooseSnapshots, type SnapshotStore } from '@icn/messaging';
import { DATABASE_CONNECTION } from '@icn/platform';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Connection, Model } from 'mongoose';
import type { MissionAgendaState } from '../domain/mission-agenda';
import { missionAgendaSchema, type MissionAgendaDocument } from './mission-agenda.schema';

/**
 * Mission agendas: the snapshot store the write path brings forward (MissionAgendaAggregate is the
 * only writer, ADR 12) and reads by mission id.
 */
@Injectable()
export class MissionAgendaRepository implements OnModuleInit {
  readonly model: Model<MissionAgendaDocument>;
  readonly snapshots: SnapshotStore<MissionAgendaState>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.model = connection.model<MissionAgendaDocument>('MissionAgenda', missionAgendaSchema);
    this.snapshots = mongooseSnapshots(this.model, { toDocument, toState });
  }

  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  async findById(missionId: string): Promise<MissionAgendaState | null> {
    const document = await this.model.findById(missionId).lean<MissionAgendaDocument>().exec();
    return document === null ? null : toState(document);
  }
}

function toDocument(state: MissionAgendaState): MissionAgendaDocument {
  const { missionId, ...fields } = state;
  return { ...fields, _id: missionId };
}

/** The state back from a stored document: no `_id`, no legacy `outbox` (ADR 4's documents). */
function toState(document: MissionAgendaDocument & { outbox?: unknown }): MissionAgendaState {
  const { _id, outbox: _legacyOutbox, ...fields } = document;
  return { ...fields, missionId: _id, days: fields.days.map((day) => ({ date: day.date, startTimes: [...day.startTimes] })) };
}
