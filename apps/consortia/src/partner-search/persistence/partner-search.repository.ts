import { mongooseSnapshots, type SnapshotStore } from '@icn/messaging';
import { afterKeysetPosition, DATABASE_CONNECTION, type KeysetPosition } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Connection, Model } from 'mongoose';
import type { PartnerSearchState } from '../domain/partner-search';
import { partnerSearchSchema, type PartnerSearchDocument } from './partner-search.schema';

/**
 * Partner searches in consortia's own database: the snapshots the write path brings forward after
 * each commit (ADR 12) and the read queries over them. Every change goes through the partner-search
 * aggregate (partner-search.aggregate.ts).
 */
@Injectable()
export class PartnerSearchRepository implements OnModuleInit {
  readonly model: Model<PartnerSearchDocument>;
  readonly snapshots: SnapshotStore<PartnerSearchState>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.model = connection.model<PartnerSearchDocument>('PartnerSearch', partnerSearchSchema);
    this.snapshots = mongooseSnapshots<PartnerSearchState, PartnerSearchDocument>(this.model, { toDocument, toState });
  }

  async onModuleInit(): Promise<void> {
    await this.model.init();
    await this.versionSearchesStoredBeforeCommits();
  }

  /** A page of a consortium's searches, newest first (`limit + 1` rows: the extra one proves a next page). */
  async listFor(consortiumId: string, limit: number, after?: KeysetPosition): Promise<PartnerSearchState[]> {
    const documents = await this.model
      .find({ consortiumId, ...afterKeysetPosition('requestedAt', after, -1) }, { outbox: 0 })
      .sort({ requestedAt: -1, _id: 1 })
      .limit(limit + 1)
      .lean<PartnerSearchDocument[]>()
      .exec();
    return documents.map(toState);
  }

  /**
   * Searches stored before ADR 12 have no `version`, and a snapshot is only brought forward over a
   * lower one: give them theirs (1 when asked, 2 once answered) so matchmaking's late answer to one
   * of them reaches the lists too, not only reads by id. Idempotent; a no-op once every search has one.
   */
  private async versionSearchesStoredBeforeCommits(): Promise<void> {
    await this.model.updateMany({ version: { $exists: false }, status: 'pending' }, { $set: { version: 1 } }).exec();
    await this.model.updateMany({ version: { $exists: false }, status: 'proposed' }, { $set: { version: 2 } }).exec();
  }
}

function toDocument(state: PartnerSearchState): PartnerSearchDocument & { _id: string; version: number } {
  // A JSON copy drops `undefined` at every depth (it would otherwise be stored as null).
  const { requestId, ...fields } = JSON.parse(JSON.stringify(state)) as PartnerSearchState;
  return { ...fields, _id: requestId };
}

/** The state without the document's `_id` rename (and without a pre-ADR 12 `outbox`, if it still has one). */
function toState(document: PartnerSearchDocument & { outbox?: unknown }): PartnerSearchState {
  const { _id, outbox: _outbox, version, ...fields } = document;
  return { ...fields, requestId: _id, version: version ?? (fields.status === 'pending' ? 1 : 2) };
}
