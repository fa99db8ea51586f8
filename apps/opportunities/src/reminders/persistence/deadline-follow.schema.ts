import type { OpportunitySnapshotV1 } from '@icn/contracts';
import { Schema } from 'mongoose';

/**
 * "These subscriptions follow opportunity O": the subscriptions notified about O, with O's latest
 * snapshot. One document per opportunity, so a publication matching N subscriptions is one write,
 * not N (ADR 7). Reminders and the iCalendar feed read it; both need the deadlines a subscriber
 * follows without asking the opportunities core.
 */
export interface DeadlineFollowDocument {
  /** The opportunity id. */
  _id: string;
  /** Subscription ids, each once, in the order they started following. */
  followers: string[];
  /** The latest snapshot seen (reminders carry it, the calendar renders it). */
  opportunity: OpportunitySnapshotV1;
  /** The snapshot's version: an older event never overwrites a newer one. */
  opportunityVersion: number;
  deadline: Date;
  /** Still published: reminders are only sent for open opportunities. */
  open: boolean;
  updatedAt: Date;
}

/** Renamed from `deadline_follows` (one document per subscription and opportunity) with ADR 7. */
export const DEADLINE_FOLLOWS_COLLECTION = 'opportunity_followers';

export const deadlineFollowSchema = new Schema<DeadlineFollowDocument>(
  {
    _id: { type: String, required: true },
    followers: { type: [String], required: true },
    opportunity: { type: Schema.Types.Mixed, required: true },
    opportunityVersion: { type: Number, required: true },
    deadline: { type: Date, required: true },
    open: { type: Boolean, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, timestamps: false, collection: DEADLINE_FOLLOWS_COLLECTION },
);

// The reminder scan: open opportunities whose deadline falls within the longest reminder lead time.
deadlineFollowSchema.index({ open: 1, deadline: 1 });
// The iCalendar feed of one subscription walks the deadlines in order and filters by follower (a
// rare request). No index on `followers`: its key grows with every follower, and FerretDB refused
// the write once an opportunity had ~100 of them ("index row too large"), stopping the pipeline.
deadlineFollowSchema.index({ deadline: 1 });

/** The index dropped above; databases created before still carry it and must lose it. */
export const UNBOUNDED_FOLLOWERS_INDEX = 'followers_1_deadline_1';
