import { mongooseSnapshots, type SnapshotStore } from '@icn/messaging';
import { afterKeysetPosition, DATABASE_CONNECTION, type KeysetPosition } from '@icn/platform';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Connection, Model } from 'mongoose';
import type { PartnerState } from '../domain/partner';
import { partnerSchema, type PartnerDocument } from './partner.schema';

/**
 * Partners in network's own database: the snapshots the write path brings forward after each commit
 * (ADR 12) and the list query over them. Nothing here writes a partner: every change goes through
 * the partner aggregate.
 */
@Injectable()
export class PartnerRepository implements OnModuleInit {
  readonly model: Model<PartnerDocument>;
  readonly snapshots: SnapshotStore<PartnerState>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.model = connection.model<PartnerDocument>('Partner', partnerSchema);
    this.snapshots = mongooseSnapshots<PartnerState, PartnerDocument>(this.model, {
      toDocument: ({ partnerId, ...fields }) => ({ ...(JSON.parse(JSON.stringify(fields)) as Omit<PartnerState, 'partnerId'>), _id: partnerId }),
      toState: ({ _id, ...fields }) => ({ ...fields, partnerId: _id }),
    });
  }

  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  /** One page by name (`limit + 1` rows: the extra one proves a next page). */
  async list(limit: number, after?: KeysetPosition): Promise<PartnerState[]> {
    const documents = await this.model.find(afterKeysetPosition('name', after, 1)).sort({ name: 1, _id: 1 }).limit(limit + 1).lean<PartnerDocument[]>().exec();
    return documents.map(({ _id, ...fields }) => ({ ...fields, partnerId: _id }));
  }
}
