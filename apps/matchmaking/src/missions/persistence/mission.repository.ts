import { DATABASE_CONNECTION, DomainConflictError, isDuplicateKeyError } from '@icn/platform';
import { appendToOutbox, OutboxRelay, type OutboxEntry } from '@icn/messaging';
import type { MissionStatus } from '@icn/contracts';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Connection, Model } from 'mongoose';
import type { MissionState } from '../domain/mission';
import type { MissionCursor } from './mission-cursor';
import { missionSchema, type MissionDocument } from './mission.schema';

/** Optional state fields: a write must `$unset` them when the new state no longer has them. */
const OPTIONAL_FIELDS = [
  'callOpenedAt',
  'callClosedAt',
  'callClosedBy',
  'selectionDecidedAt',
  'selectionPublishedAt',
  'completedAt',
  'cancelledAt',
  'cancellationReason',
] as const;

export interface MissionCriteria {
  status?: MissionStatus;
  hostClusterId?: string;
}

export interface MissionPageRequest {
  limit: number;
  after?: MissionCursor;
}

/**
 * Missions in matchmaking's own database, one document per mission with its applications and
 * local project owners. Every write stores the new state and its events in one document write
 * (FerretDB has no transactions), so state and outbox never disagree.
 */
@Injectable()
export class MissionRepository implements OnModuleInit {
  readonly model: Model<MissionDocument>;

  get collectionName(): string {
    return this.model.collection.collectionName;
  }

  constructor(
    @Inject(DATABASE_CONNECTION) connection: Connection,
    private readonly relay: OutboxRelay,
  ) {
    this.model = connection.model<MissionDocument>('Mission', missionSchema);
  }

  async onModuleInit(): Promise<void> {
    // Build the indexes before serving rather than racing the first queries.
    await this.model.init();
    // The relay removes published entries under the same per-aggregate lock the writer holds.
    this.relay.register(this.model);
  }

  /** First write of a mission: the document is created with its first events inside. */
  async insert(state: MissionState, entries: OutboxEntry[]): Promise<void> {
    try {
      await this.model.create([{ ...toDocumentFields(state), _id: state.missionId, outbox: entries }]);
    } catch (error) {
      if (isDuplicateKeyError(error)) throw new DomainConflictError(`mission ${state.missionId} already exists`);
      throw error;
    }
  }

  /** Replaces the state if unchanged since `expectedVersion`, appending the events in the same write. */
  async replace(next: MissionState, expectedVersion: number, entries: OutboxEntry[]): Promise<boolean> {
    const cleared = OPTIONAL_FIELDS.filter((field) => next[field] === undefined);
    const result = await this.model.updateOne(
      { _id: next.missionId, version: expectedVersion },
      {
        $set: toDocumentFields(next),
        ...(cleared.length > 0 ? { $unset: Object.fromEntries(cleared.map((field) => [field, ''])) } : {}),
        ...appendToOutbox(entries),
      },
    );
    return result.matchedCount === 1;
  }

  async findById(missionId: string): Promise<MissionState | null> {
    const document = await this.model.findById(missionId, { outbox: 0 }).lean<MissionDocument>().exec();
    return document ? toState(document) : null;
  }

  /** Missions in (from, _id) order, soonest first; fetches one more than asked to tell whether a next page exists. */
  async findPage(criteria: MissionCriteria, page: MissionPageRequest): Promise<MissionState[]> {
    const filter: Record<string, unknown> = {};
    if (criteria.status !== undefined) filter['status'] = criteria.status;
    if (criteria.hostClusterId !== undefined) filter['hostClusterId'] = criteria.hostClusterId;
    const after = page.after;
    const keyset = after === undefined ? undefined : { $or: [{ from: { $gt: after.from } }, { from: after.from, _id: { $gt: after.id } }] };
    const query = keyset === undefined ? filter : Object.keys(filter).length === 0 ? keyset : { $and: [filter, keyset] };
    const documents = await this.model
      .find(query, { outbox: 0 })
      .sort({ from: 1, _id: 1 })
      .limit(page.limit + 1)
      .lean<MissionDocument[]>()
      .exec();
    return documents.map(toState);
  }
}

function toDocumentFields(state: MissionState): Omit<MissionDocument, '_id' | 'outbox'> {
  const { missionId: _id, ...fields } = state;
  return withoutUndefined(fields);
}

function toState(document: MissionDocument): MissionState {
  const { _id, outbox: _outbox, ...fields } = document;
  return withoutUndefined({ ...fields, missionId: _id });
}

/** Stored documents and snapshots never carry `key: undefined` (mongoose `$set` would keep it). */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
