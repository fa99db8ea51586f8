import { mongooseSnapshots, type SnapshotStore } from '@icn/messaging';
import { DATABASE_CONNECTION, withoutUndefined } from '@icn/platform';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Connection, Model } from 'mongoose';
import type { IntroductionState } from '../domain/introduction';
import { INTRODUCTION_LIST_SORT, type IntroductionQueryFilter } from './introduction-list-filter';
import { introductionSchema, type IntroductionDocument } from './introduction.schema';

/**
 * Introductions in matchmaking's own database: the snapshot store the write path brings forward
 * (IntroductionAggregate is the only writer, ADR 12) and the read queries over it. A snapshot may
 * lag its newest commit for a moment; a read that must be current goes through the aggregate.
 */
@Injectable()
export class IntroductionRepository implements OnModuleInit {
  readonly model: Model<IntroductionDocument>;
  readonly snapshots: SnapshotStore<IntroductionState>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.model = connection.model<IntroductionDocument>('Introduction', introductionSchema);
    this.snapshots = mongooseSnapshots(this.model, { toDocument, toState });
  }

  async onModuleInit(): Promise<void> {
    // Build the indexes before serving rather than racing the first queries.
    await this.model.init();
  }

  async findById(introductionId: string): Promise<IntroductionState | null> {
    const document = await this.model.findById(introductionId).lean<IntroductionDocument>().exec();
    return document ? toState(document) : null;
  }

  /** Fetches one more than asked so the caller knows whether a next page exists. */
  async findPage(filter: IntroductionQueryFilter, limit: number): Promise<IntroductionState[]> {
    const documents = await this.model
      .find(filter)
      .sort(INTRODUCTION_LIST_SORT)
      .limit(limit + 1)
      .lean<IntroductionDocument[]>()
      .exec();
    return documents.map(toState);
  }
}

function toDocument(state: IntroductionState): IntroductionDocument {
  const { introductionId, ...fields } = state;
  return { ...withoutUndefined(fields), _id: introductionId };
}

/** The state back from a stored document: no `_id`, no legacy `outbox` (ADR 4's documents). */
export function toState(document: IntroductionDocument & { outbox?: unknown }): IntroductionState {
  const { _id, outbox: _legacyOutbox, ...fields } = document;
  return withoutUndefined({ ...fields, introductionId: _id });
}
