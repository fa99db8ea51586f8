import type { PassportKeyContactV1, PassportLeadV1, PassportVisitReportV1 } from '@icn/contracts';
import { Schema } from 'mongoose';
import type { PassportApplicationState } from '../domain/passport-application';

/** The stored aggregate: its state, keyed by applicationId (the write path's snapshot, ADR 12). */
export interface PassportApplicationDocument extends Omit<PassportApplicationState, 'applicationId'> {
  _id: string;
}

export const PASSPORT_APPLICATIONS_COLLECTION = 'passport_applications';

// Nested values are identified by their position; a mongoose _id would only leak into events.
const keyContactSchema = new Schema<PassportKeyContactV1>(
  { name: { type: String, required: true }, organisation: { type: String, required: true }, email: { type: String, required: true } },
  { _id: false },
);
const leadSchema = new Schema<PassportLeadV1>({ organisationName: { type: String, required: true }, note: { type: String, required: true } }, { _id: false });
const reportSchema = new Schema<PassportVisitReportV1>({ meetingsHeld: { type: Number, required: true }, leads: { type: [leadSchema], default: [] } }, { _id: false });

export const passportApplicationSchema = new Schema<PassportApplicationDocument>(
  {
    _id: { type: String, required: true },
    organisationId: { type: String, required: true },
    organisationName: { type: String, required: true },
    homeClusterId: { type: String, required: true },
    hostClusterId: { type: String, required: true },
    targetCountry: { type: String, required: true },
    purpose: { type: String, required: true },
    from: { type: String, required: true },
    to: { type: String, required: true },
    services: { type: [String], required: true },
    status: { type: String, required: true },
    submittedBy: { type: String, required: true },
    keyContacts: { type: [keyContactSchema], default: [] },
    declineReason: String,
    cancelledBy: String,
    cancellationReason: String,
    report: reportSchema,
    submittedAt: { type: String, required: true },
    acceptedAt: String,
    declinedAt: String,
    scheduledAt: String,
    completedAt: String,
    cancelledAt: String,
    updatedAt: { type: String, required: true },
    deskReservationIds: { type: [String], default: [] },
    // The aggregate's version (ADR 12): the write path brings the snapshot forward only to a newer one.
    version: { type: Number, required: true },
  },
  // `version` is ours (mongoose's __v would be a second, unrelated counter); timestamps are domain facts.
  { versionKey: false, timestamps: false, collection: PASSPORT_APPLICATIONS_COLLECTION },
);

// GET /passport/statistics?year=…: the year's applications by submission time. (FerretDB scans
// anyway, only `_id` equality is pushed down; on MongoDB this keeps the yearly report cheap.)
passportApplicationSchema.index({ submittedAt: 1 });
