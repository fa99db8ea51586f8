import type { OpportunitySnapshotV1 } from '@icn/contracts';
import { DATABASE_CONNECTION, isDuplicateKeyError } from '@icn/platform';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Collection, Connection, Model } from 'mongoose';
import { deadlineFollowSchema, UNBOUNDED_FOLLOWERS_INDEX, type DeadlineFollowDocument } from './deadline-follow.schema';

/** One followed opportunity: its latest snapshot and who follows it. */
export interface DeadlineFollow {
  opportunity: OpportunitySnapshotV1;
  deadline: Date;
  open: boolean;
  followers: string[];
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
    // An existing database keeps the old index until dropped, and with it the failing writes.
    if (await this.collection.indexExists(UNBOUNDED_FOLLOWERS_INDEX)) {
      await this.collection.dropIndex(UNBOUNDED_FOLLOWERS_INDEX);
    }
  }

  /** `subscriptionIds` now follow the opportunity (added to who already did); the snapshot is kept if newer. */
  async record(opportunity: OpportunitySnapshotV1, subscriptionIds: readonly string[]): Promise<void> {
    const _id = opportunity.opportunityId;
    // Read, then write, by `_id` alone: FerretDB reads the whole collection for a filter with any
    // further condition, such as a version guard.
    const existing = await this.collection.findOne({ _id }, { projection: { opportunityVersion: 1, followers: 1 } });
    if (!existing) {
      try {
        await this.collection.insertOne({ _id, followers: [...new Set(subscriptionIds)], ...snapshotFields(opportunity) });
      } catch (error) {
        // Inserted meanwhile (a replayed event racing a rebalance): decide again against it.
        if (!isDuplicateKeyError(error)) throw error;
        await this.record(opportunity, subscriptionIds);
      }
      return;
    }
    const known = new Set(existing.followers);
    const added = subscriptionIds.filter((id) => !known.has(id));
    const newer = existing.opportunityVersion < opportunity.version;
    if (!newer && added.length === 0) return; // a replayed older event
    await this.collection.updateOne(
      { _id },
      {
        $set: {
          ...(newer ? snapshotFields(opportunity) : {}),
          ...(added.length > 0 ? { followers: [...existing.followers, ...new Set(added)] } : {}),
        },
      },
    );
  }

  /** Subscriptions that were notified about this opportunity before (one `_id` lookup). */
  async followerIds(opportunityId: string): Promise<Set<string>> {
    const doc = await this.collection.findOne({ _id: opportunityId }, { projection: { followers: 1 } });
    return new Set(doc?.followers ?? []);
  }

  /** Open followed opportunities whose deadline is in (from, to]: the reminder scan. */
  async openWithDeadlineBetween(from: Date, to: Date, limit: number, afterId?: string): Promise<(DeadlineFollow & { id: string })[]> {
    const query = { open: true, deadline: { $gt: from, $lte: to }, ...(afterId ? { _id: { $gt: afterId } } : {}) };
    const docs = await this.collection.find(query).sort({ _id: 1 }).limit(limit).toArray();
    return docs.map((doc) => ({ ...toFollow(doc), id: doc._id }));
  }

  /** What a subscription's calendar shows: its followed deadlines from `since` on. */
  async forSubscription(subscriptionId: string, since: Date, limit: number): Promise<DeadlineFollow[]> {
    const docs = await this.collection.find({ followers: subscriptionId, deadline: { $gte: since } }).sort({ deadline: 1 }).limit(limit).toArray();
    return docs.map(toFollow);
  }
}

function snapshotFields(opportunity: OpportunitySnapshotV1): Omit<DeadlineFollowDocument, '_id' | 'followers'> {
  return {
    opportunity: asInEvents(opportunity),
    opportunityVersion: opportunity.version,
    deadline: new Date(opportunity.deadline),
    open: opportunity.status === 'published',
    updatedAt: new Date(),
  };
}

function toFollow(doc: DeadlineFollowDocument): DeadlineFollow {
  return { opportunity: asInEvents(doc.opportunity), deadline: doc.deadline, open: doc.open, followers: doc.followers };
}

/**
 * The snapshot as events carry it: an absent optional field is omitted. The driver stores an
 * `undefined` property as null, and reminders re-emit this snapshot, whose contract has no
 * nullable field (a reminder carrying `publisher.organisationId: null` broke it); documents
 * written before are cleaned when read.
 */
function asInEvents(snapshot: OpportunitySnapshotV1): OpportunitySnapshotV1 {
  return JSON.parse(JSON.stringify(snapshot, (_key, value: unknown) => (value === null ? undefined : value))) as OpportunitySnapshotV1;
}
