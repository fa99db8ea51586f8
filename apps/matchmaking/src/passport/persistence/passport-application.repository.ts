import { DATABASE_CONNECTION, DomainConflictError, isDuplicateKeyError } from '@icn/platform';
import { appendToOutbox, OutboxRelay, type OutboxEntry } from '@icn/messaging';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Connection, Model } from 'mongoose';
import type { ApplicationListScope } from '../domain/passport-access';
import type { PassportApplicationState } from '../domain/passport-application';
import type { ApplicationListPosition } from './application-list-cursor';
import { APPLICATION_LIST_SORT, applicationListFilter, type ApplicationListCriteria } from './application-list-filter';
import { passportApplicationSchema, type PassportApplicationDocument } from './passport-application.schema';

/** Optional state fields: a write must `$unset` them when the new state no longer has them. */
const OPTIONAL_FIELDS = [
  'declineReason',
  'cancelledBy',
  'cancellationReason',
  'report',
  'acceptedAt',
  'declinedAt',
  'scheduledAt',
  'completedAt',
  'cancelledAt',
] as const;

/**
 * Passport applications in matchmaking's own database. Every write stores the new state and its
 * event in one document write (FerretDB has no transactions), so state and outbox never disagree.
 */
@Injectable()
export class PassportApplicationRepository implements OnModuleInit {
  readonly model: Model<PassportApplicationDocument>;

  get collectionName(): string {
    return this.model.collection.collectionName;
  }

  constructor(
    @Inject(DATABASE_CONNECTION) connection: Connection,
    private readonly relay: OutboxRelay,
  ) {
    this.model = connection.model<PassportApplicationDocument>('PassportApplication', passportApplicationSchema);
  }

  async onModuleInit(): Promise<void> {
    // Build the indexes before serving rather than racing the first queries.
    await this.model.init();
    // The relay removes published entries under the same per-aggregate lock the writer holds.
    this.relay.register(this.model);
  }

  /** First write of an application: the document is created with its first event inside. */
  async insert(state: PassportApplicationState, entry: OutboxEntry): Promise<void> {
    try {
      await this.model.create([{ ...toDocumentFields(state), _id: state.applicationId, outbox: [entry] }]);
    } catch (error) {
      if (isDuplicateKeyError(error)) throw new DomainConflictError(`Passport application ${state.applicationId} already exists`);
      throw error;
    }
  }

  /** Replaces the state if unchanged since `expectedVersion`, appending the event in the same write. */
  async replace(next: PassportApplicationState, expectedVersion: number, entry: OutboxEntry): Promise<boolean> {
    const cleared = OPTIONAL_FIELDS.filter((field) => next[field] === undefined);
    const result = await this.model.updateOne(
      { _id: next.applicationId, version: expectedVersion },
      {
        $set: toDocumentFields(next),
        ...(cleared.length > 0 ? { $unset: Object.fromEntries(cleared.map((field) => [field, ''])) } : {}),
        ...appendToOutbox([entry]),
      },
    );
    return result.matchedCount === 1;
  }

  async findById(applicationId: string): Promise<PassportApplicationState | null> {
    const document = await this.model.findById(applicationId, { outbox: 0 }).lean<PassportApplicationDocument>().exec();
    return document ? toState(document) : null;
  }

  /** One page of GET /passport/applications: `limit + 1` rows, the extra one proving a next page. */
  async page(
    scope: ApplicationListScope,
    criteria: ApplicationListCriteria,
    after: ApplicationListPosition | undefined,
    limit: number,
  ): Promise<PassportApplicationState[]> {
    const documents = await this.model
      .find(applicationListFilter(scope, criteria, after), { outbox: 0 })
      .sort(APPLICATION_LIST_SORT)
      .limit(limit + 1)
      .lean<PassportApplicationDocument[]>()
      .exec();
    return documents.map(toState);
  }

  /** Applications submitted in [start, end) — the yearly report's population. */
  async submittedBetween(start: string, end: string): Promise<PassportApplicationState[]> {
    const documents = await this.model
      .find({ submittedAt: { $gte: start, $lt: end } }, { outbox: 0 })
      .lean<PassportApplicationDocument[]>()
      .exec();
    return documents.map(toState);
  }
}

function toDocumentFields(state: PassportApplicationState): Omit<PassportApplicationDocument, '_id' | 'outbox'> {
  const { applicationId: _id, ...fields } = state;
  return withoutUndefined(fields);
}

function toState(document: PassportApplicationDocument): PassportApplicationState {
  const { _id, outbox: _outbox, ...fields } = document;
  return withoutUndefined({ ...fields, applicationId: _id });
}

/** Stored documents and snapshots never carry `key: undefined` (mongoose `$set` would keep it). */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
