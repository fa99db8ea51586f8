import type { MissionAgendaDayV1 } from '@icn/contracts';
import { Schema } from 'mongoose';
import type { MissionAgendaState } from '../domain/mission-agenda';

/** The stored agenda of one mission, keyed by missionId (the write path's snapshot, ADR 12). */
export interface MissionAgendaDocument extends Omit<MissionAgendaState, 'missionId'> {
  _id: string;
}

export const MISSION_AGENDAS_COLLECTION = 'mission_agendas';

// Days are identified by their date; a mongoose _id would only leak into events.
const daySchema = new Schema<MissionAgendaDayV1>({ date: { type: String, required: true }, startTimes: { type: [String], required: true } }, { _id: false });

export const missionAgendaSchema = new Schema<MissionAgendaDocument>(
  {
    _id: { type: String, required: true },
    timeZone: { type: String, required: true },
    slotMinutes: { type: Number, required: true },
    tables: { type: Number, required: true },
    days: { type: [daySchema], required: true },
    setBy: { type: String, required: true },
    updatedAt: { type: String, required: true },
    // The aggregate's version (ADR 12): the write path brings the snapshot forward only to a newer one.
    version: { type: Number, required: true },
  },
  // `version` is ours (mongoose's __v would be a second, unrelated counter); timestamps are domain facts.
  { versionKey: false, timestamps: false, collection: MISSION_AGENDAS_COLLECTION },
);
// Only `_id` lookups: no secondary index.
