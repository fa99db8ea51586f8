import type { GuardedCollection } from '@icn/messaging';
import { afterKeysetPosition, CONFIG, DATABASE_CONNECTION, type KeysetPosition } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Connection, mongo } from 'mongoose';
import type { ConsortiaConfig } from '../../consortia.config';
import { FUNDING_CALLS_COLLECTION, type FundingCallDocument } from './funding-call.document';

/** Funding-call snapshots in consortia's own database; written only by the projection. */
@Injectable()
export class FundingCallRepository {
  private readonly collection: mongo.Collection<FundingCallDocument>;
  /** The same collection, untyped for the projection's guarded updates (see GuardedProjection). */
  readonly projectionTarget: GuardedCollection;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection, @Inject(CONFIG) config: Pick<ConsortiaConfig, 'OPPORTUNITY_COLLECTION_SUFFIX'>) {
    const name = `${FUNDING_CALLS_COLLECTION}${config.OPPORTUNITY_COLLECTION_SUFFIX}`;
    this.collection = connection.collection<FundingCallDocument>(name);
    this.projectionTarget = connection.collection<{ _id: string }>(name);
  }

  findById(opportunityId: string): Promise<FundingCallDocument | null> {
    return this.collection.findOne({ _id: opportunityId });
  }

  /** Open calls after a position, soonest deadline first: what a lead browses to start a consortium. */
  findPublished(limit: number, after?: KeysetPosition): Promise<FundingCallDocument[]> {
    return this.collection
      .find({ 'opportunity.status': 'published', ...afterKeysetPosition('opportunity.deadline', after, 1) })
      .sort({ 'opportunity.deadline': 1, _id: 1 })
      .limit(limit)
      .toArray();
  }
}
