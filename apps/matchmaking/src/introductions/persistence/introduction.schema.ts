import { outboxEntrySchema, type OutboxEntry } from '@icn/messaging';
import type { IntroductionOutcomeRecordV1 } from '@icn/contracts';
import { Schema } from 'mongoose';
import type { IntroductionState } from '../domain/introduction';

/** The stored aggregate: its state, keyed by introductionId, plus the events not yet published. */
export interface IntroductionDocument extends Omit<IntroductionState, 'introductionId'> {
  _id: string;
  outbox: OutboxEntry[];
}

export const INTRODUCTIONS_COLLECTION = 'introductions';

// A nested value has no identity of its own; a mongoose _id would only leak into events.
const outcomeSchema = new Schema<IntroductionOutcomeRecordV1>(
  {
    outcome: { type: String, required: true },
    note: String,
    recordedBy: { type: String, required: true },
    recordedAt: { type: String, required: true },
  },
  { _id: false },
);

export const introductionSchema = new Schema<IntroductionDocument>(
  {
    _id: { type: String, required: true },
    requesterOrganisationId: { type: String, required: true },
    requesterOrganisationName: { type: String, required: true },
    requesterClusterId: { type: String, required: true },
    targetOrganisationId: { type: String, required: true },
    targetOrganisationName: { type: String, required: true },
    targetClusterId: { type: String, required: true },
    purpose: { type: String, required: true },
    message: { type: String, required: true },
    status: { type: String, required: true },
    requestedBy: { type: String, required: true },
    declineReason: String,
    outcome: outcomeSchema,
    requestedAt: { type: String, required: true },
    acceptedAt: String,
    declinedAt: String,
    withdrawnAt: String,
    updatedAt: { type: String, required: true },
    // Optimistic concurrency: every write is `updateOne({_id, version})`; it is also the event sequence.
    version: { type: Number, required: true },
    outbox: { type: [outboxEntrySchema], default: [] },
  },
  // `version` is ours (mongoose's __v would be a second, unrelated counter); timestamps are domain facts.
  { versionKey: false, timestamps: false, collection: INTRODUCTIONS_COLLECTION },
);

// GET /introductions lists newest first per side. (FerretDB scans anyway, only `_id` equality is
// pushed down; on MongoDB these keep an organisation's or a cluster's list cheap.)
introductionSchema.index({ requesterOrganisationId: 1, requestedAt: -1 });
introductionSchema.index({ targetOrganisationId: 1, requestedAt: -1 });
introductionSchema.index({ requesterClusterId: 1, requestedAt: -1 });
introductionSchema.index({ targetClusterId: 1, requestedAt: -1 });
// The ranking history loads introductions with an outcome at start-up and re-reads recent ones.
introductionSchema.index({ 'outcome.recordedAt': 1 });
// No index for the outbox relay: it looks for `'outbox.0': {$exists: true}` (see the Passport's schema).
