import type { OpportunitySnapshotV1 } from '@icn/contracts';
import { DATABASE_CONNECTION } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Collection, Connection, Model } from 'mongoose';
import { deadlineFollowSchema, type DeadlineFollowDocument } from './deadline-follow.schema';

export interface DeadlineFollow {
  subscriptionId: string;
  opportunity: OpportunitySnapshotV1;
  deadline: Date;
  open: boolean;
}

/**
 * Written only by the notification pipeline, which handles one opportunity's events in order (one
 * partition, one consumer) — so there are no concurrent writers to one document, which FerretDB
 * could not serialise. The version guard makes a replayed older event harmless.
 */
@Injectable()
export class DeadlineFollowRepository implements OnModuleInit {
  readonly model: Model<DeadlineFollowDocument>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.model = connection.model<DeadlineFollowDocument>('DeadlineFollow', deadlineFollowSchema);
  }

  private get collection(): Collection<DeadlineFollowDocument> {
    return this.model.collection as unknown as Collection<DeadlineFollowDocument>;
  }

  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  async record(subscriptionId: string, opportunity: OpportunitySnapshotV1): Promise<void> {
    const _id = `${subscriptionId}:${opportunity.opportunityId}`;
    const fields = {
      subscriptionId,
      opportunityId: opportunity.opportunityId,
      opportunity,
      opportunityVersion: opportunity.version,
      deadline: new Date(opportunity.deadline),
      open: opportunity.status === 'published',
      updatedAt: new Date(),
    };
    // Read, then write, by `_id` alone: FerretDB reads the whole collection (every follow of every
    // subscription) for a filter with any further condition, such as a version guard.
    const existing = await this.collection.findOne({ _id }, { projection: { opportunityVersion: 1 } });
    if (existing) {
      if (existing.opportunityVersion >= opportunity.version) return; // a replayed older event
      await this.collection.updateOne({ _id }, { $set: fields });
      return;
    }
    try {
      await this.collection.insertOne({ _id, ...fields });
    } catch (error) {
      // Inserted meanwhile (a replayed event racing a rebalance): the version check decides again.
      if ((error as { code?: unknown }).code !== 11000) throw error;
      await this.record(subscriptionId, opportunity);
    }
  }

  /** Subscriptions that were notified about this opportunity before. */
  async followerIds(opportunityId: string): Promise<Set<string>> {
    const docs = await this.collection.find({ opportunityId }, { projection: { subscriptionId: 1 } }).toArray();
    return new Set(docs.map((doc) => doc.subscriptionId));
  }

  /** Open follows whose deadline is in (from, to]: the reminder scan. */
  async openWithDeadlineBetween(from: Date, to: Date, limit: number, afterId?: string): Promise<(DeadlineFollow & { id: string })[]> {
    const query = { open: true, deadline: { $gt: from, $lte: to }, ...(afterId ? { _id: { $gt: afterId } } : {}) };
    const docs = await this.collection.find(query).sort({ _id: 1 }).limit(limit).toArray();
    return docs.map((doc) => ({ ...toFollow(doc), id: doc._id }));
  }

  /** What a subscription's calendar shows: its followed deadlines from `since` on. */
  async forSubscription(subscriptionId: string, since: Date, limit: number): Promise<DeadlineFollow[]> {
    const docs = await this.collection.find({ subscriptionId, deadline: { $gte: since } }).sort({ deadline: 1 }).limit(limit).toArray();
    return docs.map(toFollow);
  }
}

function toFollow(doc: DeadlineFollowDocument): DeadlineFollow {
  return { subscriptionId: doc.subscriptionId, opportunity: doc.opportunity, deadline: doc.deadline, open: doc.open };
}
