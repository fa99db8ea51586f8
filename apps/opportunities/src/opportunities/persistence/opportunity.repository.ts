import { appendToOutbox, OutboxRelay, type OutboxEntry } from '@icn/messaging';
import { DATABASE_CONNECTION, DomainConflictError, isDuplicateKeyError } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Connection, FilterQuery, Model } from 'mongoose';
import type { OpportunityState } from '../domain/opportunity';
import { opportunitySchema, type OpportunityDocument } from './opportunity.schema';

/** Optional state fields: a write must `$unset` them when the new state no longer has them. */
const OPTIONAL_FIELDS = ['value', 'publishedAt', 'endedAt', 'endReason'] as const;


/**
 * Opportunities in the service's own database. Every write stores the new state and its event (if
 * any) in one document write (FerretDB has no transactions), so state and outbox never disagree.
 * Writers serialise per aggregate through the relay's lock (see OpportunityWriter).
 */
@Injectable()
export class OpportunityRepository implements OnModuleInit {
  readonly model: Model<OpportunityDocument>;

  constructor(
    @Inject(DATABASE_CONNECTION) connection: Connection,
    private readonly relay: OutboxRelay,
  ) {
    this.model = connection.model<OpportunityDocument>('Opportunity', opportunitySchema);
  }

  async onModuleInit(): Promise<void> {
    // Build the indexes before serving rather than racing the first queries.
    await this.model.init();
    this.relay.register(this.model);
  }

  async insert(state: OpportunityState, entries: OutboxEntry[]): Promise<void> {
    try {
      await this.model.create([{ ...toDocumentFields(state), _id: state.opportunityId, outbox: entries }]);
    } catch (error) {
      if (isDuplicateKeyError(error)) throw new DomainConflictError(`opportunity ${state.opportunityId} already exists`);
      throw error;
    }
  }

  /** Replaces the state if it is still at `expectedVersion`, appending the events in the same write. */
  async replace(next: OpportunityState, expectedVersion: number, entries: OutboxEntry[]): Promise<boolean> {
    const cleared = OPTIONAL_FIELDS.filter((field) => next[field] === undefined);
    const result = await this.model.updateOne(
      { _id: next.opportunityId, version: expectedVersion },
      {
        $set: toDocumentFields(next),
        ...(cleared.length > 0 ? { $unset: Object.fromEntries(cleared.map((field) => [field, ''])) } : {}),
        ...(entries.length > 0 ? appendToOutbox(entries) : {}),
      },
    );
    return result.matchedCount === 1;
  }

  async findById(opportunityId: string): Promise<OpportunityState | null> {
    const document = await this.model.findById(opportunityId, { outbox: 0 }).lean<OpportunityDocument>().exec();
    return document ? toState(document) : null;
  }

  /** One page, newest first; asks for `limit` rows (callers ask for one extra to detect a next page). */
  async list(query: FilterQuery<OpportunityDocument>, limit: number): Promise<OpportunityState[]> {
    const documents = await this.model.find(query, { outbox: 0 }).sort({ createdAt: -1, _id: -1 }).limit(limit).lean<OpportunityDocument[]>().exec();
    return documents.map(toState);
  }

  /** Ids of published opportunities whose deadline is at or before `now`, oldest deadline first. */
  async findExpirable(now: string, limit: number): Promise<string[]> {
    const documents = await this.model
      .find({ status: 'published', deadline: { $lte: now } }, { _id: 1 })
      .sort({ deadline: 1 })
      .limit(limit)
      .lean<{ _id: string }[]>()
      .exec();
    return documents.map((document) => document._id);
  }

  /** Discarding a draft: it never left the service, so nothing else needs to know. */
  async deleteDraft(opportunityId: string, expectedVersion: number): Promise<boolean> {
    const result = await this.model.deleteOne({ _id: opportunityId, version: expectedVersion, status: 'draft' });
    return result.deletedCount === 1;
  }
}

function toDocumentFields(state: OpportunityState): Omit<OpportunityDocument, '_id' | 'outbox'> {
  const { opportunityId: _id, ...fields } = state;
  return withoutUndefined(fields);
}

function toState(document: OpportunityDocument): OpportunityState {
  const { _id, outbox: _outbox, ...fields } = document;
  const state = withoutUndefined({ ...fields, opportunityId: _id });
  state.publisher = withoutUndefined({ ...state.publisher });
  state.links = state.links.map((link) => withoutUndefined({ ...link }));
  if (state.value) state.value = { amount: state.value.amount, currency: state.value.currency };
  return state;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;
}
