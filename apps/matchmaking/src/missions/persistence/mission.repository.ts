import { mongooseSnapshots, type SnapshotStore } from '@icn/messaging';
import type { MissionStatus } from '@icn/contracts';
import { afterKeysetPosition, DATABASE_CONNECTION, withoutUndefined, type KeysetPosition } from '@icn/platform';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Connection, Model } from 'mongoose';
import type { MissionState } from '../domain/mission';
import { missionSchema, type MissionDocument } from './mission.schema';

export interface MissionCriteria {
  status?: MissionStatus;
  hostClusterId?: string;
}

export interface MissionPageRequest {
  limit: number;
  /** The keyset position (from, missionId) of the previous page's last mission. */
  after?: KeysetPosition;
}

/**
 * Missions in matchmaking's own database, one document per mission with its applications and
 * local project owners: the snapshot store the write path brings forward (MissionAggregate is the
 * only writer, ADR 12) and the read queries over it. A snapshot may lag its newest commit for a
 * moment; a read that must be current goes through the aggregate.
 */
@Injectable()
export class MissionRepository implements OnModuleInit {
  readonly model: Model<MissionDocument>;
  readonly snapshots: SnapshotStore<MissionState>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.model = connection.model<MissionDocument>('Mission', missionSchema);
    this.snapshots = mongooseSnapshots(this.model, { toDocument, toState });
  }

  async onModuleInit(): Promise<void> {
    // Build the indexes before serving rather than racing the first queries.
    await this.model.init();
  }

  async findById(missionId: string): Promise<MissionState | null> {
    const document = await this.model.findById(missionId).lean<MissionDocument>().exec();
    return document ? toState(document) : null;
  }

  /** Missions in (from, _id) order, soonest first; fetches one more than asked to tell whether a next page exists. */
  async findPage(criteria: MissionCriteria, page: MissionPageRequest): Promise<MissionState[]> {
    const filter: Record<string, unknown> = {};
    if (criteria.status !== undefined) filter['status'] = criteria.status;
    if (criteria.hostClusterId !== undefined) filter['hostClusterId'] = criteria.hostClusterId;
    const keyset = afterKeysetPosition('from', page.after, 1);
    const query = Object.keys(keyset).length === 0 ? filter : Object.keys(filter).length === 0 ? keyset : { $and: [filter, keyset] };
    const documents = await this.model
      .find(query)
      .sort({ from: 1, _id: 1 })
      .limit(page.limit + 1)
      .lean<MissionDocument[]>()
      .exec();
    return documents.map(toState);
  }
}

function toDocument(state: MissionState): MissionDocument {
  const { missionId, ...fields } = state;
  return { ...withoutUndefined(fields), _id: missionId };
}

/** The state back from a stored document: no `_id`, no legacy `outbox` (ADR 4's documents). */
function toState(document: MissionDocument & { outbox?: unknown }): MissionState {
  const { _id, outbox: _legacyOutbox, ...fields } = document;
  return withoutUndefined({ ...fields, missionId: _id });
}
