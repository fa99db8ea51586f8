import { OutboxRelay, type OutboxEntry } from '@icn/messaging';
import { afterKeysetPosition, DATABASE_CONNECTION, type KeysetPosition } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Connection, Model } from 'mongoose';
import type { PartnerSearchState } from '../domain/partner-search';
import { partnerSearchSchema, type PartnerSearchDocument } from './partner-search.schema';

/**
 * Partner searches in consortia's own database. The request and its event are written in one
 * document write; the answer is recorded under the search's aggregate lock (the one the relay takes
 * to remove published entries), because FerretDB rewrites the whole document on every update.
 */
@Injectable()
export class PartnerSearchRepository implements OnModuleInit {
  readonly model: Model<PartnerSearchDocument>;

  constructor(
    @Inject(DATABASE_CONNECTION) connection: Connection,
    private readonly relay: OutboxRelay,
  ) {
    this.model = connection.model<PartnerSearchDocument>('PartnerSearch', partnerSearchSchema);
  }

  get collectionName(): string {
    return this.model.collection.collectionName;
  }

  async onModuleInit(): Promise<void> {
    await this.model.init();
    this.relay.register(this.model);
  }

  async insert(state: PartnerSearchState, entry: OutboxEntry): Promise<void> {
    await this.model.create([{ ...toDocumentFields(state), outbox: [entry] }]);
    this.relay.trigger({ collection: this.collectionName, id: state.requestId });
  }

  async findById(requestId: string): Promise<PartnerSearchState | null> {
    const document = await this.model.findById(requestId, { outbox: 0 }).lean<PartnerSearchDocument>().exec();
    return document === null ? null : toState(document);
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
   * Read-decide-write under the search's lock: `decide` sees the stored search and returns the next
   * one, or undefined to leave it. Returns the search as stored afterwards, null when it is unknown.
   */
  async update(requestId: string, decide: (current: PartnerSearchState) => PartnerSearchState | undefined): Promise<PartnerSearchState | null> {
    return this.relay.withAggregateLock(this.collectionName, requestId, async () => {
      const current = await this.findById(requestId);
      if (current === null) return null;
      const next = decide(current);
      if (next === undefined) return current;
      const { _id, ...fields } = toDocumentFields(next);
      await this.model.updateOne({ _id }, { $set: fields });
      return next;
    });
  }
}

function toDocumentFields(state: PartnerSearchState): Omit<PartnerSearchDocument, 'outbox'> {
  // A JSON copy drops `undefined` at every depth (it would otherwise be stored as null).
  const { requestId, ...fields } = JSON.parse(JSON.stringify(state)) as PartnerSearchState;
  return { ...fields, _id: requestId };
}

function toState(document: PartnerSearchDocument): PartnerSearchState {
  const { _id, outbox: _outbox, ...fields } = document;
  return { ...fields, requestId: _id };
}
