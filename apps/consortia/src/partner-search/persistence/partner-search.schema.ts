import { Schema } from 'mongoose';
import type { PartnerSearchState } from '../domain/partner-search';

export const PARTNER_SEARCHES_COLLECTION = 'partner_searches';

/** A partner search's snapshot (ADR 12), keyed by its request id. */
export interface PartnerSearchDocument extends Omit<PartnerSearchState, 'requestId' | 'version'> {
  _id: string;
  /** Absent on searches stored before ADR 12 (they were at version 1 or, once answered, 2). */
  version?: number;
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
    version: { type: Number, required: true },
  },
  { collection: PARTNER_SEARCHES_COLLECTION, versionKey: false, minimize: false },
);

// GET /consortia/:id/partner-searches: one consortium's searches, newest first. (Reads of one search go by `_id`.)
partnerSearchSchema.index({ consortiumId: 1, requestedAt: -1 });
