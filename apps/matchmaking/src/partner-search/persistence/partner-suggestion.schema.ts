import { outboxEntrySchema, type OutboxEntry } from '@icn/messaging';
import { Schema } from 'mongoose';

export const PARTNER_SUGGESTIONS_COLLECTION = 'partner_suggestions';

/**
 * The record that a partner search was answered, keyed by the request id: its unique `_id` makes the
 * answer "once per request" across redeliveries and replicas. It keeps who was proposed (for
 * operators asking "why was X proposed?") and the event until the relay has published it.
 */
export interface PartnerSuggestionDocument {
  _id: string;
  consortiumId: string;
  causedByEventId: string;
  organisationIds: string[];
  proposedAt: string;
  outbox: OutboxEntry[];
}

export const partnerSuggestionSchema = new Schema<PartnerSuggestionDocument>(
  {
    _id: { type: String, required: true },
    consortiumId: { type: String, required: true },
    causedByEventId: { type: String, required: true },
    organisationIds: { type: [String], default: [] },
    proposedAt: { type: String, required: true },
    outbox: { type: [outboxEntrySchema], default: [] },
  },
  { collection: PARTNER_SUGGESTIONS_COLLECTION, versionKey: false },
);
