import { mongooseSnapshots, type SnapshotStore } from '@icn/messaging';
import { afterKeysetPosition, DATABASE_CONNECTION, type KeysetPosition } from '@icn/platform';
import type { ConsortiumStatus } from '@icn/contracts';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Connection, FilterQuery, Model } from 'mongoose';
import { audienceOf, type ConsortiumListScope } from '../domain/consortium-access';
import type { ConsortiumState } from '../domain/consortium';
import { outcomeAtOf } from '../domain/outcome-register';
import { consortiumSchema, type ConsortiumDocument } from './consortium.schema';

/**
 * Consortia in consortia's own database: the snapshots the write path brings forward after each
 * commit (ADR 12), and the read queries over them (lists may lag a write by a moment; a read by id
 * goes through the aggregate's `find`, which never does). Nothing here writes a consortium: every
 * change goes through the consortium aggregate (consortium.aggregate.ts).
 */
@Injectable()
export class ConsortiumRepository implements OnModuleInit {
  readonly model: Model<ConsortiumDocument>;
  readonly snapshots: SnapshotStore<ConsortiumState>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.model = connection.model<ConsortiumDocument>('Consortium', consortiumSchema);
    this.snapshots = mongooseSnapshots<ConsortiumState, ConsortiumDocument>(this.model, { toDocument, toState });
  }

  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  /** One page of the consortia in the scope, newest first (`limit + 1` rows: the extra one proves a next page). */
  async list(scope: ConsortiumListScope, status: ConsortiumStatus | undefined, limit: number, after?: KeysetPosition): Promise<ConsortiumState[]> {
    const filter: FilterQuery<ConsortiumDocument> = { ...afterKeysetPosition('createdAt', after, -1) };
    if (scope.kind === 'audience') filter.audience = scope.token;
    if (status !== undefined) filter.status = status;
    return this.find(filter, { createdAt: -1, _id: 1 }, limit + 1);
  }

  /** Every consortium submitted in [start, end): the yearly statistics' population, never truncated. */
  submittedBetween(start: string, end: string): Promise<ConsortiumState[]> {
    return this.find({ submittedAt: { $gte: start, $lt: end } }, { submittedAt: 1, _id: 1 });
  }

  /** One page of the consortia whose current outcome was recorded in [start, end), visible in the scope, oldest first. */
  outcomesBetween(scope: ConsortiumListScope, start: string, end: string, limit: number, after?: KeysetPosition): Promise<ConsortiumState[]> {
    const filter: FilterQuery<ConsortiumDocument> = { outcomeAt: { $gte: start, $lt: end }, ...afterKeysetPosition('outcomeAt', after, 1) };
    if (scope.kind === 'audience') filter.audience = scope.token;
    return this.find(filter, { outcomeAt: 1, _id: 1 }, limit + 1);
  }

  private async find(filter: FilterQuery<ConsortiumDocument>, sort: Record<string, 1 | -1>, limit?: number): Promise<ConsortiumState[]> {
    // A document from before ADR 12 may still carry its `outbox`: never read it.
    const query = this.model.find(filter, { outbox: 0 }).sort(sort);
    const documents = await (limit === undefined ? query : query.limit(limit)).lean<ConsortiumDocument[]>().exec();
    return documents.map(toState);
  }
}

/**
 * The state as stored: a JSON copy drops `undefined` at every depth (a nested `key: undefined`
 * would otherwise be stored as null), plus the derived query fields. The snapshot replaces the whole
 * document, so a field the state no longer has (a cleared optional) is gone too.
 */
function toDocument(state: ConsortiumState): ConsortiumDocument {
  const { consortiumId: _id, ...fields } = JSON.parse(JSON.stringify(state)) as ConsortiumState;
  const outcomeAt = outcomeAtOf(state);
  return { ...fields, _id, audience: audienceOf(state), ...(outcomeAt === undefined ? {} : { outcomeAt }) };
}

/** The state without the derived fields (and without a pre-ADR 12 `outbox`, if the document still has one). */
function toState(document: ConsortiumDocument & { outbox?: unknown }): ConsortiumState {
  const { _id, outbox: _outbox, audience: _audience, outcomeAt: _outcomeAt, ...fields } = document;
  return { ...fields, consortiumId: _id };
}
