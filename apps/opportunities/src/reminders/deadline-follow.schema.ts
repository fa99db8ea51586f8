import type { OpportunitySnapshotV1 } from '@icn/contracts';
import { Schema } from 'mongoose';

/**
 * "Subscription S follows opportunity O": written when S was notified about O, updated with each
 * later event of O. Reminders and the iCalendar feed read it; both need the deadlines a subscriber
 * follows without asking the opportunities core.
 */
export interface DeadlineFollowDocument {
  /** `<subscriptionId>:<opportunityId>` */
  _id: string;
  subscriptionId: string;
  opportunityId: string;
  /** The latest snapshot seen (reminders carry it, the calendar renders it). */
  opportunity: OpportunitySnapshotV1;
  /** The snapshot's version: an older event never overwrites a newer one. */
  opportunityVersion: number;
  deadline: Date;
  /** Still published: reminders are only sent for open opportunities. */
  open: boolean;
  updatedAt: Date;
}

export const DEADLINE_FOLLOWS_COLLECTION = 'deadline_follows';

export const deadlineFollowSchema = new Schema<DeadlineFollowDocument>(
  {
    _id: { type: String, required: true },
    subscriptionId: { type: String, required: true },
    opportunityId: { type: String, required: true },
    opportunity: { type: Schema.Types.Mixed, required: true },
    opportunityVersion: { type: Number, required: true },
    deadline: { type: Date, required: true },
    open: { type: Boolean, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, timestamps: false, collection: DEADLINE_FOLLOWS_COLLECTION },
);

// The reminder scan: open follows whose deadline falls within the longest reminder lead time.
deadlineFollowSchema.index({ open: 1, deadline: 1 });
// The matcher's "who follows this opportunity" (updates and closures reach followers).
deadlineFollowSchema.index({ opportunityId: 1 });
// The iCalendar feed of one subscription, by deadline.
deadlineFollowSchema.index({ subscriptionId: 1, deadline: 1 });
