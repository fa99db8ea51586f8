import { mongooseSnapshots, type SnapshotStore } from '@icn/messaging';
import { afterKeysetPosition, DATABASE_CONNECTION, type KeysetPosition } from '@icn/platform';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Connection, FilterQuery, Model } from 'mongoose';
import type { ProgrammeState } from '../domain/programme';
import { programmeSchema, type ProgrammeDocument } from './programme.schema';

export interface ProgrammeFilter {
  partnerId?: string;
  /** Only programmes whose call is open at this instant. */
  openAt?: string;
}

/** Programmes in network's own database: the write path's snapshots and the list query. */
@Injectable()
export class ProgrammeRepository implements OnModuleInit {
  readonly model: Model<ProgrammeDocument>;
  readonly snapshots: SnapshotStore<ProgrammeState>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.model = connection.model<ProgrammeDocument>('Programme', programmeSchema);
    this.snapshots = mongooseSnapshots<ProgrammeState, ProgrammeDocument>(this.model, {
      toDocument: ({ programmeId, ...fields }) => ({ ...(JSON.parse(JSON.stringify(fields)) as Omit<ProgrammeState, 'programmeId'>), _id: programmeId }),
      toState: toState,
    });
  }

  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  /** One page, the call closing soonest first (`limit + 1` rows). */
  async list(filter: ProgrammeFilter, limit: number, after?: KeysetPosition): Promise<ProgrammeState[]> {
    const query: FilterQuery<ProgrammeDocument> = { ...afterKeysetPosition('callWindow.closesAt', after, 1) };
    if (filter.partnerId !== undefined) query.partnerId = filter.partnerId;
    if (filter.openAt !== undefined) {
      query['callWindow.opensAt'] = { $lte: filter.openAt };
      // Combined with the keyset's own condition on the same field.
      query.$and = [...(query.$and ?? []), { 'callWindow.closesAt': { $gt: filter.openAt } }];
    }
    const documents = await this.model.find(query).sort({ 'callWindow.closesAt': 1, _id: 1 }).limit(limit + 1).lean<ProgrammeDocument[]>().exec();
    return documents.map(toState);
  }
}

function toState({ _id, ...fields }: ProgrammeDocument): ProgrammeState {
  return { ...fields, programmeId: _id };
}
