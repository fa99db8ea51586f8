import type { IntroductionOutcomeRecordV1 } from '@icn/contracts';
import { Schema } from 'mongoose';
import type { IntroductionState } from '../domain/introduction';

/** The stored aggregate: its state, keyed by introductionId (the write path's snapshot, ADR 12). */
export interface IntroductionDocument extends Omit<IntroductionState, 'introductionId'> {
  _id: string;
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
    // The aggregate's version (ADR 12): the write path brings the snapshot forward only to a newer one.
    version: { type: Number, required: true },
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
