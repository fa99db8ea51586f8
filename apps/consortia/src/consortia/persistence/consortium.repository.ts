import { appendToOutbox, OutboxRelay, type OutboxEntry } from '@icn/messaging';
import { afterKeysetPosition, DATABASE_CONNECTION, DomainConflictError, isDuplicateKeyError, type KeysetPosition } from '@icn/platform';
import type { ConsortiumStatus } from '@icn/contracts';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Connection, FilterQuery, Model } from 'mongoose';
import { audienceOf, type ConsortiumListScope } from '../domain/consortium-access';
import type { ConsortiumState } from '../domain/consortium';
import { outcomeAtOf } from '../domain/outcome-register';
import { consortiumSchema, type ConsortiumDocument } from './consortium.schema';

/** Optional state fields: a write must `$unset` them when the new state no longer has them. */
const OPTIONAL_FIELDS = ['grant', 'feedback', 'withdrawalReason', 'draftingStartedAt', 'submittedAt', 'reserveListedAt', 'closedAt', 'outcomeAt'] as const;

/**
 * Consortia in consortia's own database. Every write stores the new state and its event in one
 * document write (FerretDB has no transactions), so state and outbox never disagree.
 */
@Injectable()
export class ConsortiumRepository implements OnModuleInit {
  readonly model: Model<ConsortiumDocument>;

  get collectionName(): string {
    return this.model.collection.collectionName;
  }

  constructor(
    @Inject(DATABASE_CONNECTION) connection: Connection,
    private readonly relay: OutboxRelay,
  ) {
    this.model = connection.model<ConsortiumDocument>('Consortium', consortiumSchema);
  }

  async onModuleInit(): Promise<void> {
    await this.model.init();
    // The relay removes published entries under the same per-aggregate lock the writer holds.
    this.relay.register(this.model);
  }

  async insert(state: ConsortiumState, entry: OutboxEntry): Promise<void> {
    try {
      await this.model.create([{ ...toDocumentFields(state), _id: state.consortiumId, outbox: [entry] }]);
    } catch (error) {
      if (isDuplicateKeyError(error)) throw new DomainConflictError(`consortium ${state.consortiumId} already exists`);
      throw error;
    }
  }

  /** Replaces the state if unchanged since `expectedVersion`, appending the event in the same write. */
  async replace(next: ConsortiumState, expectedVersion: number, entry: OutboxEntry): Promise<boolean> {
    const fields = toDocumentFields(next);
    const cleared = OPTIONAL_FIELDS.filter((field) => fields[field] === undefined);
    const result = await this.model.updateOne(
      { _id: next.consortiumId, version: expectedVersion },
      {
        $set: fields,
        ...(cleared.length > 0 ? { $unset: Object.fromEntries(cleared.map((field) => [field, ''])) } : {}),
        ...appendToOutbox([entry]),
      },
    );
    return result.matchedCount === 1;
  }

  async findById(consortiumId: string): Promise<ConsortiumState | null> {
    const document = await this.model.findById(consortiumId, { outbox: 0 }).lean<ConsortiumDocument>().exec();
    return document ? toState(document) : null;
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
    const query = this.model.find(filter, { outbox: 0 }).sort(sort);
    const documents = await (limit === undefined ? query : query.limit(limit)).lean<ConsortiumDocument[]>().exec();
    return documents.map(toState);
  }
}

/**
 * The state as stored: a JSON copy drops `undefined` at every depth (a nested `key: undefined`
 * would otherwise be stored as null), plus the derived query fields.
 */
function toDocumentFields(state: ConsortiumState): Omit<ConsortiumDocument, '_id' | 'outbox'> {
  const { consortiumId: _id, ...fields } = JSON.parse(JSON.stringify(state)) as ConsortiumState;
  const outcomeAt = outcomeAtOf(state);
  return { ...fields, audience: audienceOf(state), ...(outcomeAt === undefined ? {} : { outcomeAt }) };
}

function toState(document: ConsortiumDocument): ConsortiumState {
  const { _id, outbox: _outbox, audience: _audience, outcomeAt: _outcomeAt, ...fields } = document;
  return { ...fields, consortiumId: _id };
}
