import { Schema } from 'mongoose';
import type { OpportunityState } from '../domain/opportunity';

/**
 * The opportunity's snapshot (ADR 12): its state keyed by opportunityId, what the read paths and
 * indexes use. Written only by the write path; documents written before it may still carry an
 * `outbox` array, which is ignored.
 */
export interface OpportunityDocument extends Omit<OpportunityState, 'opportunityId'> {
  _id: string;
}

export const OPPORTUNITIES_COLLECTION = 'opportunities';

const publisherSchema = new Schema({ subject: { type: String, required: true }, organisationId: String }, { _id: false });
const moneySchema = new Schema({ amount: { type: Number, required: true }, currency: { type: String, required: true } }, { _id: false });
const linkSchema = new Schema({ url: { type: String, required: true }, label: String }, { _id: false });

export const opportunitySchema = new Schema<OpportunityDocument>(
  {
    _id: { type: String, required: true },
    type: { type: String, required: true },
    title: { type: String, required: true },
    description: { type: String, required: true },
    originClusterId: { type: String, required: true },
    publisher: { type: publisherSchema, required: true },
    sectors: { type: [String], default: [] },
    technologies: { type: [String], default: [] },
    targetCountries: { type: [String], default: [] },
    targetClusterIds: { type: [String], default: [] },
    targetHelixTypes: { type: [String], default: [] },
    value: moneySchema,
    deadline: { type: String, required: true },
    links: { type: [linkSchema], default: [] },
    visibility: { type: String, required: true },
    status: { type: String, required: true },
    searchTerms: { type: [String], default: [] },
    createdAt: { type: String, required: true },
    updatedAt: { type: String, required: true },
    publishedAt: String,
    endedAt: String,
    endReason: String,
    // The version of the commit this snapshot was brought forward to (ADR 12).
    version: { type: Number, required: true },
  },
  // `version` is ours (mongoose's __v would be a second counter); timestamps are domain facts.
  { versionKey: false, timestamps: false, collection: OPPORTUNITIES_COLLECTION },
);

// GET /opportunities (every list): newest first, keyset-paged on (createdAt, _id).
opportunitySchema.index({ createdAt: -1, _id: -1 });
// GET /opportunities?q=… — every query word must be a stored term (`$all`, multikey).
opportunitySchema.index({ searchTerms: 1 });
// The expiry scheduler: `{status: 'published', deadline: {$lte: now}}`; also ?status=&deadlineFrom/To.
opportunitySchema.index({ status: 1, deadline: 1 });
// GET /opportunities?originClusterId=… — a cluster's own opportunities (and its drafts).
opportunitySchema.index({ originClusterId: 1, createdAt: -1 });
// GET /opportunities?sector= / ?technology= / ?country= — multikey filters.
opportunitySchema.index({ sectors: 1 });
opportunitySchema.index({ technologies: 1 });
opportunitySchema.index({ targetCountries: 1 });
// GET /feeds/opportunities (the public Atom feed): keyset-paged on (publishedAt, _id) both ways.
opportunitySchema.index({ publishedAt: -1, _id: -1 });
// No index on type / visibility: six and two values, an index would not narrow the scan.
