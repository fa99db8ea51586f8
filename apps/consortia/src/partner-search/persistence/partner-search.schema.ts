import { outboxEntrySchema, type OutboxEntry } from '@icn/messaging';
import { Schema } from 'mongoose';
import type { PartnerSearchState } from '../domain/partner-search';

export const PARTNER_SEARCHES_COLLECTION = 'partner_searches';

/** A partner search keyed by its request id, with its request event until the relay has published it. */
export interface PartnerSearchDocument extends Omit<PartnerSearchState, 'requestId'> {
  _id: string;
  outbox: OutboxEntry[];
}

export const partnerSearchSchema = new Schema<PartnerSearchDocument>(
  {
    _id: { type: String, required: true },
    consortiumId: { type: String, required: true },
    status: { type: String, required: true },
    callTopic: { type: String, required: true },
    // The contract classes validated them on the way in (HTTP DTO or consumed event); stored as sent.
    competencies: { type: Schema.Types.Mixed, required: true },
    gaps: { type: Schema.Types.Mixed, required: true },
    memberOrganisationIds: { type: [String], default: [] },
    requestedBy: { type: String, required: true },
    requestedAt: { type: String, required: true },
    candidates: { type: Schema.Types.Mixed, default: [] },
    proposedAt: String,
    proposalEventId: String,
    outbox: { type: [outboxEntrySchema], default: [] },
  },
  { collection: PARTNER_SEARCHES_COLLECTION, versionKey: false, minimize: false },
);

// GET /consortia/:id/partner-searches: one consortium's searches, newest first. (Reads of one search go by `_id`.)
partnerSearchSchema.index({ consortiumId: 1, requestedAt: -1 });
