import type { GuardedCollection, WrittenDocument } from '@icn/messaging';
import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, DATABASE_CONNECTION } from '@icn/platform';
import type { Connection, mongo } from 'mongoose';
import type { MatchmakingConfig } from '../../matchmaking.config';
import { MATCHMAKING_OPPORTUNITIES_COLLECTION, type MatchmakingOpportunityDocument } from './matchmaking-opportunity.document';

/**
 * Opportunity snapshots in matchmaking's own database; written only by the projection. Reads are by
 * `_id` (the only cheap lookup on FerretDB) except the one full scan at start-up.
 */
@Injectable()
export class MatchmakingOpportunityRepository {
  private readonly collection: mongo.Collection<MatchmakingOpportunityDocument>;
  /** The same collection, untyped, for the projection (see GuardedProjection). */
  readonly projectionTarget: GuardedCollection;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection, @Inject(CONFIG) config: Pick<MatchmakingConfig, 'OPPORTUNITY_COLLECTION_SUFFIX'>) {
    const name = `${MATCHMAKING_OPPORTUNITIES_COLLECTION}${config.OPPORTUNITY_COLLECTION_SUFFIX}`;
    this.collection = connection.collection<MatchmakingOpportunityDocument>(name);
    this.projectionTarget = connection.collection<{ _id: string }>(name);
  }

  /**
   * A document the projection inserted into this collection, as stored: it built it from this read
   * model's own projection writes, so the shape is this collection's (the driver's untyped view of
   * the same collection is what makes the cast necessary, see projectionTarget).
   */
  asStored(written: WrittenDocument): MatchmakingOpportunityDocument {
    return written as unknown as MatchmakingOpportunityDocument;
  }

  findById(opportunityId: string): Promise<MatchmakingOpportunityDocument | null> {
    return this.collection.findOne({ _id: opportunityId });
  }

  /** The published ones only: closed, cancelled and expired opportunities are never matched. */
  streamPublished(): AsyncIterable<MatchmakingOpportunityDocument> {
    return this.collection.find({ 'opportunity.status': 'published' }).sort({ _id: 1 });
  }
}
