import { DATABASE_CONNECTION, DomainConflictError, isDuplicateKeyError } from '@icn/platform';
import { appendToOutbox, OutboxRelay, type OutboxEntry } from '@icn/messaging';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Connection, Model } from 'mongoose';
import type { MissionAgendaState } from '../domain/mission-agenda';
import { missionAgendaSchema, type MissionAgendaDocument } from './mission-agenda.schema';

/** Mission agendas: every write stores the new state and its event in one document write. */
@Injectable()
export class MissionAgendaRepository implements OnModuleInit {
  readonly model: Model<MissionAgendaDocument>;

  get collectionName(): string {
    return this.model.collection.collectionName;
  }

  constructor(
    @Inject(DATABASE_CONNECTION) connection: Connection,
    private readonly relay: OutboxRelay,
  ) {
    this.model = connection.model<MissionAgendaDocument>('MissionAgenda', missionAgendaSchema);
  }

  async onModuleInit(): Promise<void> {
    await this.model.init();
    // The relay removes published entries under the same per-aggregate lock the writer holds.
    this.relay.register(this.model);
  }

  async insert(state: MissionAgendaState, entry: OutboxEntry): Promise<void> {
    try {
      await this.model.create([{ ...fieldsOf(state), _id: state.missionId, outbox: [entry] }]);
    } catch (error) {
      if (isDuplicateKeyError(error)) throw new DomainConflictError(`the agenda of mission ${state.missionId} was set concurrently; re-read it and retry`);
      throw error;
    }
  }

  /** Replaces the agenda if unchanged since `expectedVersion`, appending the event in the same write. */
  async replace(next: MissionAgendaState, expectedVersion: number, entry: OutboxEntry): Promise<boolean> {
    const result = await this.model.updateOne({ _id: next.missionId, version: expectedVersion }, { $set: fieldsOf(next), ...appendToOutbox([entry]) });
    return result.matchedCount === 1;
  }

  async findById(missionId: string): Promise<MissionAgendaState | null> {
    const document = await this.model.findById(missionId, { outbox: 0 }).lean<MissionAgendaDocument>().exec();
    if (document === null) return null;
    const { _id, outbox: _outbox, ...fields } = document;
    return { ...fields, missionId: _id, days: fields.days.map((day) => ({ date: day.date, startTimes: [...day.startTimes] })) };
  }
}

function fieldsOf(state: MissionAgendaState): Omit<MissionAgendaDocument, '_id' | 'outbox'> {
  const { missionId: _id, ...fields } = state;
  return fields;
}
