import { Schema } from 'mongoose';

export const PARTNER_SUGGESTIONS_COLLECTION = 'partner_suggestions';

/**
 * The record that a partner search was answered, keyed by the request id: the write path claims its
 * one version once (ADR 12), which makes the answer "once per request" across redeliveries and replicas. It keeps who was proposed (for
 * operators asking "why was X proposed?"). It is the snapshot of a one-version aggregate (ADR 12):
 * its creation's commit carries the PartnerSuggestionsProposed event.
 */
export interface PartnerSuggestionDocument {
  _id: string;
  consortiumId: string;
  causedByEventId: string;
  organisationIds: string[];
  proposedAt: string;
  /** Always 1: the record is created once and never changed. */
  version: number;
}

export const partnerSuggestionSchema = new Schema<PartnerSuggestionDocument>(
  {
    _id: { type: String, required: true },
    consortiumId: { type: String, required: true },
    causedByEventId: { type: String, required: true },
    organisationIds: { type: [String], default: [] },
    proposedAt: { type: String, required: true },
    version: { type: Number, required: true },
  },
  { collection: PARTNER_SUGGESTIONS_COLLECTION, versionKey: false },
);
