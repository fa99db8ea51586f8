import { mongooseSnapshots, type SnapshotStore } from '@icn/messaging';
import { DATABASE_CONNECTION, withoutUndefined } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Connection, FilterQuery, Model } from 'mongoose';
import type { OpportunityState } from '../domain/opportunity';
import { opportunitySchema, type OpportunityDocument } from './opportunity.schema';

/**
 * Opportunities in the service's own database: the snapshot store the write path brings forward
 * (OpportunityAggregate is the only writer) and the read queries over it. A snapshot may lag its
 * newest commit for a moment; a read that must be current goes through `OpportunityAggregate.find`.
 */
@Injectable()
export class OpportunityRepository implements OnModuleInit {
  readonly model: Model<OpportunityDocument>;
  readonly snapshots: SnapshotStore<OpportunityState>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.model = connection.model<OpportunityDocument>('Opportunity', opportunitySchema);
    this.snapshots = mongooseSnapshots(this.model, { toDocument, toState });
  }

  async onModuleInit(): Promise<void> {
    // Build the indexes before serving rather than racing the first queries.
    await this.model.init();
  }

  async findById(opportunityId: string): Promise<OpportunityState | null> {
    const document = await this.model.findById(opportunityId).lean<OpportunityDocument>().exec();
    return document ? toState(document) : null;
  }

  /** One page, newest first; asks for `limit` rows (callers ask for one extra to detect a next page). */
  async list(query: FilterQuery<OpportunityDocument>, limit: number): Promise<OpportunityState[]> {
    const documents = await this.model.find(query).sort({ createdAt: -1, _id: -1 }).limit(limit).lean<OpportunityDocument[]>().exec();
    return documents.map(toState);
  }

  /** The public Atom feed's page: in (publishedAt, _id) order, descending or ascending. */
  async listByPublication(query: FilterQuery<OpportunityDocument>, direction: 1 | -1, limit: number): Promise<OpportunityState[]> {
    const documents = await this.model.find(query).sort({ publishedAt: direction, _id: direction }).limit(limit).lean<OpportunityDocument[]>().exec();
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
}

function toDocument(state: OpportunityState): OpportunityDocument {
  const { opportunityId, ...fields } = state;
  return { ...withoutUndefined(fields), _id: opportunityId };
}

/** The state back from a stored document: no `_id`, no legacy `outbox`, no empty optional parts. */
function toState(document: OpportunityDocument & { outbox?: unknown }): OpportunityState {
  const { _id, outbox: _legacyOutbox, ...fields } = document;
  const state = withoutUndefined({ ...fields, opportunityId: _id });
  state.publisher = withoutUndefined({ subject: state.publisher.subject, organisationId: state.publisher.organisationId ?? undefined });
  state.links = state.links.map((link) => withoutUndefined({ url: link.url, label: link.label ?? undefined }));
  if (state.value) state.value = { amount: state.value.amount, currency: state.value.currency };
  return state;
}
