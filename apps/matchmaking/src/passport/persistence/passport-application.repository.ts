import { mongooseSnapshots, type SnapshotStore } from '@icn/messaging';
import { DATABASE_CONNECTION, withoutUndefined, type KeysetPosition } from '@icn/platform';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Connection, Model } from 'mongoose';
import type { ApplicationListScope } from '../domain/passport-access';
import type { PassportApplicationState } from '../domain/passport-application';
import { APPLICATION_LIST_SORT, applicationListFilter, type ApplicationListCriteria } from './application-list-filter';
import { passportApplicationSchema, type PassportApplicationDocument } from './passport-application.schema';

/**
 * Passport applications in matchmaking's own database: the snapshot store the write path brings
 * forward (PassportApplicationAggregate is the only writer, ADR 12) and the read queries over it. A
 * snapshot may lag its newest commit for a moment; a read that must be current goes through the
 * aggregate.
 */
@Injectable()
export class PassportApplicationRepository implements OnModuleInit {
  readonly model: Model<PassportApplicationDocument>;
  readonly snapshots: SnapshotStore<PassportApplicationState>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.model = connection.model<PassportApplicationDocument>('PassportApplication', passportApplicationSchema);
    this.snapshots = mongooseSnapshots(this.model, { toDocument, toState });
  }

  async onModuleInit(): Promise<void> {
    // Build the indexes before serving rather than racing the first queries.
    await this.model.init();
  }

  async findById(applicationId: string): Promise<PassportApplicationState | null> {
    const document = await this.model.findById(applicationId).lean<PassportApplicationDocument>().exec();
    return document ? toState(document) : null;
  }

  /** One page of GET /passport/applications: `limit + 1` rows, the extra one proving a next page. */
  async page(
    scope: ApplicationListScope,
    criteria: ApplicationListCriteria,
    after: KeysetPosition | undefined,
    limit: number,
  ): Promise<PassportApplicationState[]> {
    const documents = await this.model
      .find(applicationListFilter(scope, criteria, after))
      .sort(APPLICATION_LIST_SORT)
      .limit(limit + 1)
      .lean<PassportApplicationDocument[]>()
      .exec();
    return documents.map(toState);
  }

  /** Applications submitted in [start, end) — the yearly report's population. */
  async submittedBetween(start: string, end: string): Promise<PassportApplicationState[]> {
    const documents = await this.model
      .find({ submittedAt: { $gte: start, $lt: end } })
      .lean<PassportApplicationDocument[]>()
      .exec();
    return documents.map(toState);
  }
}

function toDocument(state: PassportApplicationState): PassportApplicationDocument {
  const { applicationId, ...fields } = state;
  return { ...withoutUndefined(fields), _id: applicationId };
}

/** The state back from a stored document: no `_id`, no legacy `outbox` (ADR 4's documents). */
function toState(document: PassportApplicationDocument & { outbox?: unknown }): PassportApplicationState {
  const { _id, outbox: _legacyOutbox, ...fields } = document;
  return withoutUndefined({ ...fields, applicationId: _id });
}
