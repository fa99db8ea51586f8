import { outboxEntrySchema, type OutboxEntry } from '@icn/messaging';
import { Schema } from 'mongoose';

export const OPPORTUNITY_SUGGESTIONS_COLLECTION = 'opportunity_suggestions';

/**
 * The record that an opportunity's suggestions were made, keyed by the opportunity id: its unique
 * `_id` is what makes them "at most once per opportunity" across redeliveries and replicas. It keeps
 * who was suggested (for operators asking "why was X told about this?") and the event until published.
 */
export interface OpportunitySuggestionDocument {
  _id: string;
  causedByEventId: string;
  organisationIds: string[];
  minScore: number;
  suggestedAt: string;
  outbox: OutboxEntry[];
}

export const opportunitySuggestionSchema = new Schema<OpportunitySuggestionDocument>(
  {
    _id: { type: String, required: true },
    causedByEventId: { type: String, required: true },
    organisationIds: { type: [String], default: [] },
    minScore: { type: Number, required: true },
    suggestedAt: { type: String, required: true },
    outbox: { type: [outboxEntrySchema], default: [] },
  },
  { collection: OPPORTUNITY_SUGGESTIONS_COLLECTION, versionKey: false },
);
