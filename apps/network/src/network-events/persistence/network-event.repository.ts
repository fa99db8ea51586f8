import { mongooseSnapshots, type SnapshotStore } from '@icn/messaging';
import { afterKeysetPosition, DATABASE_CONNECTION, type KeysetPosition } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Connection, Model } from 'mongoose';
import type { NetworkEventState } from '../domain/network-event';
import { networkEventSchema, type NetworkEventDocument } from './network-event.schema';

/**
 * Network events in network's own database: the snapshots the write path brings forward after
 * each commit (ADR 12) and the list query over them. Nothing here writes an event: every change
 * goes through the network-event aggregate.
 */
@Injectable()
export class NetworkEventRepository implements OnModuleInit {
  readonly model: Model<NetworkEventDocument>;
  readonly snapshots: SnapshotStore<NetworkEventState>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.model = connection.model<NetworkEventDocument>('NetworkEvent', networkEventSchema);
    this.snapshots = mongooseSnapshots<NetworkEventState, NetworkEventDocument>(this.model, {
      // A JSON copy drops `undefined` at every depth (it would otherwise be stored as null).
      toDocument: ({ eventId, ...fields }) => ({ ...(JSON.parse(JSON.stringify(fields)) as Omit<NetworkEventState, 'eventId'>), _id: eventId }),
      toState,
    });
  }

  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  /** One page by first day (`limit + 1` rows: the extra one proves a next page). */
  async list(limit: number, after?: KeysetPosition): Promise<NetworkEventState[]> {
    const documents = await this.model.find(afterKeysetPosition('from', after, 1)).sort({ from: 1, _id: 1 }).limit(limit + 1).lean<NetworkEventDocument[]>().exec();
    return documents.map(toState);
  }
}

function toState({ _id, ...fields }: NetworkEventDocument): NetworkEventState {
  return { ...fields, eventId: _id };
}
