import type { IntroductionOutcomeRecordV1 } from '@icn/contracts';
import { DATABASE_CONNECTION } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Connection, mongo } from 'mongoose';
import { INTRODUCTIONS_COLLECTION } from '../persistence/introduction.schema';

/** What ranking needs of an introduction with an outcome: the pair, the outcome, and its version. */
export interface IntroductionWithOutcome {
  _id: string;
  requesterOrganisationId: string;
  targetOrganisationId: string;
  outcome: IntroductionOutcomeRecordV1;
  version: number;
}

const PROJECTION = { requesterOrganisationId: 1, targetOrganisationId: 1, outcome: 1, version: 1 } as const;

/**
 * Reads recorded outcomes straight from the introductions collection (read-only; the writer owns
 * it). Streams, so a full load never holds every document at once.
 */
@Injectable()
export class IntroductionOutcomeReader {
  private readonly collection: mongo.Collection<IntroductionWithOutcome>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.collection = connection.collection<IntroductionWithOutcome>(INTRODUCTIONS_COLLECTION);
  }

  /** Every introduction that has an outcome: the start-up load. */
  all(): AsyncIterable<IntroductionWithOutcome> {
    return this.collection.find({ outcome: { $exists: true } }, { projection: PROJECTION });
  }

  /** Introductions whose latest outcome was recorded at or after `since` (ISO): the periodic catch-up. */
  recordedSince(since: string): AsyncIterable<IntroductionWithOutcome> {
    return this.collection.find({ 'outcome.recordedAt': { $gte: since } }, { projection: PROJECTION });
  }
}
