import { Schema } from 'mongoose';
import type { PartnerState } from '../domain/partner';

/** The partner's snapshot (ADR 12), keyed by partnerId. */
export interface PartnerDocument extends Omit<PartnerState, 'partnerId'> {
  _id: string;
}

export const partnerSchema = new Schema<PartnerDocument>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    description: String,
    website: String,
    country: String,
    registeredAt: { type: String, required: true },
    updatedAt: { type: String, required: true },
    // The version of the commit this snapshot holds (the write path's concurrency check is the commit's claim).
    version: { type: Number, required: true },
  },
  // `version` is ours (mongoose's __v would be a second, unrelated counter); timestamps are domain facts.
  { versionKey: false, timestamps: false, collection: 'partners' },
);

// GET /partners: by name, then id (the keyset). A few dozen partners: the index keeps the page order cheap on MongoDB.
partnerSchema.index({ name: 1, _id: 1 });
