import { Schema } from 'mongoose';

export const OPPORTUNITY_SUGGESTIONS_COLLECTION = 'opportunity_suggestions';

/**
 * The record that an opportunity's suggestions were made, keyed by the opportunity id: the write path
 * claims its one version once (ADR 12), which makes them "at most once per opportunity" across
 * redeliveries and replicas. It keeps
 * who was suggested (for operators asking "why was X told about this?"). It is the snapshot of a
 * one-version aggregate (ADR 12): its creation's commit carries the OpportunityMatchesSuggested event.
 */
export interface OpportunitySuggestionDocument {
  _id: string;
  causedByEventId: string;
  organisationIds: string[];
  minScore: number;
  suggestedAt: string;
  /** Always 1: the record is created once and never changed. */
  version: number;
}

export const opportunitySuggestionSchema = new Schema<OpportunitySuggestionDocument>(
  {
    _id: { type: String, required: true },
    causedByEventId: { type: String, required: true },
    organisationIds: { type: [String], default: [] },
    minScore: { type: Number, required: true },
    suggestedAt: { type: String, required: true },
    version: { type: Number, required: true },
  },
  { collection: OPPORTUNITY_SUGGESTIONS_COLLECTION, versionKey: false },
);
