import { DATABASE_CONNECTION, DomainConflictError, isDuplicateKeyError } from '@icn/platform';
import { appendToOutbox, OutboxRelay, type OutboxEntry } from '@icn/messaging';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Connection, Model } from 'mongoose';
import type { IntroductionState } from '../domain/introduction';
import { INTRODUCTION_LIST_SORT, type IntroductionQueryFilter } from './introduction-list-filter';
import { introductionSchema, type IntroductionDocument } from './introduction.schema';

/** Optional state fields: a write must `$unset` them when the new state no longer has them. */
const OPTIONAL_FIELDS = ['declineReason', 'outcome', 'acceptedAt', 'declinedAt', 'withdrawnAt'] as const;

/**
 * Introductions in matchmaking's own database. Every write stores the new state and its event in
 * one document write (FerretDB has no transactions), so state and outbox never disagree.
 */
@Injectable()
export class IntroductionRepository implements OnModuleInit {
  readonly model: Model<IntroductionDocument>;

  get collectionName(): string {
    return this.model.collection.collectionName;
  }

  constructor(
    @Inject(DATABASE_CONNECTION) connection: Connection,
    private readonly relay: OutboxRelay,
  ) {
    this.model = connection.model<IntroductionDocument>('Introduction', introductionSchema);
  }

  async onModuleInit(): Promise<void> {
    // Build the indexes before serving rather than racing the first queries.
    await this.model.init();
    // The relay removes published entries under the same per-aggregate lock the writer holds.
    this.relay.register(this.model);
  }

  /** First write of an introduction: the document is created with its first event inside. */
  async insert(state: IntroductionState, entry: OutboxEntry): Promise<void> {
    try {
      await this.model.create([{ ...toDocumentFields(state), _id: state.introductionId, outbox: [entry] }]);
    } catch (error) {
      if (isDuplicateKeyError(error)) throw new DomainConflictError(`introduction ${state.introductionId} already exists`);
      throw error;
    }
  }

  /** Replaces the state if unchanged since `expectedVersion`, appending the event in the same write. */
  async replace(next: IntroductionState, expectedVersion: number, entry: OutboxEntry): Promise<boolean> {
    const cleared = OPTIONAL_FIELDS.filter((field) => next[field] === undefined);
    const result = await this.model.updateOne(
      { _id: next.introductionId, version: expectedVersion },
      {
        $set: toDocumentFields(next),
        ...(cleared.length > 0 ? { $unset: Object.fromEntries(cleared.map((field) => [field, ''])) } : {}),
        ...appendToOutbox([entry]),
      },
    );
    return result.matchedCount === 1;
  }

  async findById(introductionId: string): Promise<IntroductionState | null> {
    const document = await this.model.findById(introductionId, { outbox: 0 }).lean<IntroductionDocument>().exec();
    return document ? toState(document) : null;
  }

  /** Fetches one more than asked so the caller knows whether a next page exists. */
  async findPage(filter: IntroductionQueryFilter, limit: number): Promise<IntroductionState[]> {
    const documents = await this.model
      .find(filter, { outbox: 0 })
      .sort(INTRODUCTION_LIST_SORT)
      .limit(limit + 1)
      .lean<IntroductionDocument[]>()
      .exec();
    return documents.map(toState);
  }
}

function toDocumentFields(state: IntroductionState): Omit<IntroductionDocument, '_id' | 'outbox'> {
  const { introductionId: _id, ...fields } = state;
  return withoutUndefined(fields);
}

export function toState(document: IntroductionDocument): IntroductionState {
  const { _id, outbox: _outbox, ...fields } = document;
  return withoutUndefined({ ...fields, introductionId: _id });
}

/** Stored documents and snapshots never carry `key: undefined` (mongoose `$set` would keep it). */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
