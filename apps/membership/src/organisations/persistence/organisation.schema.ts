import { Schema } from 'mongoose';
import type { Contact, OrganisationState } from '../domain/organisation';

/**
 * The organisation's snapshot, keyed by organisationId: what the directory queries read, brought
 * forward from the organisation's commits by the write path (ADR 12). Its events live in the commits.
 */
export interface OrganisationDocument extends Omit<OrganisationState, 'organisationId'> {
  _id: string;
}

export const ORGANISATIONS_COLLECTION = 'organisations';

const contactSchema = new Schema<Contact>(
  {
    contactId: { type: String, required: true },
    name: { type: String, required: true },
    role: String,
    email: { type: String, required: true },
    phone: String,
  },
  // Contacts are identified by contactId; a mongoose _id would only leak into events.
  { _id: false },
);

export const organisationSchema = new Schema<OrganisationDocument>(
  {
    _id: { type: String, required: true },
    clusterId: { type: String, required: true },
    name: { type: String, required: true },
    helixType: { type: String, required: true },
    companySize: String,
    country: { type: String, required: true },
    city: String,
    website: String,
    description: String,
    sectors: { type: [String], default: [] },
    technologies: { type: [String], default: [] },
    offers: { type: [String], default: [] },
    needs: { type: [String], default: [] },
    trl: Number,
    contacts: { type: [contactSchema], default: [] },
    status: { type: String, required: true },
    joinedAt: { type: String, required: true },
    suspendedAt: String,
    suspensionReason: String,
    leftAt: String,
    leftReason: String,
    updatedAt: { type: String, required: true },
    // The version of the newest commit this snapshot reflects; also its latest event's subjectsequence.
    version: { type: Number, required: true },
  },
  // `version` is ours (mongoose's __v would be a second, unrelated counter); timestamps are domain facts.
  { versionKey: false, timestamps: false, collection: ORGANISATIONS_COLLECTION },
);

// GET /organisations?clusterId=… — a cluster's member directory, the most common list, paged by _id.
organisationSchema.index({ clusterId: 1, _id: 1 });
// GET /organisations?country=… — "who is in Norway", paged by _id.
organisationSchema.index({ country: 1, _id: 1 });
// GET /organisations?sector=… — sector filter (multikey on the sectors array).
organisationSchema.index({ sectors: 1 });
// GET /organisations?technology=… — technology/capability filter (multikey).
organisationSchema.index({ technologies: 1 });
// No index on status / helixType / companySize: a handful of values each, so an index would not
// narrow the scan; they are applied as extra conditions next to the indexed ones.
