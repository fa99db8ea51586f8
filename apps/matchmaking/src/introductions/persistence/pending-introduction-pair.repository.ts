import { DATABASE_CONNECTION, isDuplicateKeyError } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Connection, mongo } from 'mongoose';

/** "A has a pending request to B": held by one introduction from its request until its decision. */
interface PendingIntroductionPairDocument {
  /** `<requesterOrganisationId>-><targetOrganisationId>` (pendingPairId): the unique `_id` is the guard. */
  _id: string;
  introductionId: string;
  /** ISO time of the claim; tells a claim being completed from one a crash left behind. */
  claimedAt: string;
}

export const PENDING_INTRODUCTION_PAIRS_COLLECTION = 'introduction_pending_pairs';

/**
 * The cross-replica guard against two pending requests for the same ordered pair. FerretDB updates
 * are not atomic under concurrency, but an insert with a unique `_id` is (as for the Passport's
 * desks), so a pair is claimed by inserting its id and released by deleting it. Only `_id` lookups.
 */
@Injectable()
export class PendingIntroductionPairRepository {
  private readonly collection: mongo.Collection<PendingIntroductionPairDocument>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.collection = connection.collection<PendingIntroductionPairDocument>(PENDING_INTRODUCTION_PAIRS_COLLECTION);
  }

  async tryClaim(pairId: string, introductionId: string, now: Date): Promise<boolean> {
    try {
      await this.collection.insertOne({ _id: pairId, introductionId, claimedAt: now.toISOString() });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  findClaim(pairId: string): Promise<PendingIntroductionPairDocument | null> {
    return this.collection.findOne({ _id: pairId });
  }

  /**
   * Releases the pair only if this introduction still holds it: a late release must never free a
   * claim that a newer request has taken since.
   */
  async release(pairId: string, introductionId: string): Promise<void> {
    const claim = await this.collection.findOne({ _id: pairId });
    if (claim?.introductionId === introductionId) await this.collection.deleteOne({ _id: pairId, introductionId });
  }
}
