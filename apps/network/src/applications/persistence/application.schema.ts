import type { ApplicationAnswerV1, ApplicationCommentV1 } from '@icn/contracts';
import { Schema } from 'mongoose';
import type { ApplicationState } from '../domain/application';

/** The application's snapshot (ADR 12), keyed by applicationId. */
export interface ApplicationDocument extends Omit<ApplicationState, 'applicationId'> {
  _id: string;
}

// Nested values are identified by their keys; a mongoose _id would only leak into events.
const answerSchema = new Schema<ApplicationAnswerV1>({ requirementKey: { type: String, required: true }, text: { type: String, required: true } }, { _id: false });
const commentSchema = new Schema<ApplicationCommentV1>(
  { kind: { type: String, required: true }, text: { type: String, required: true }, by: { type: String, required: true }, at: { type: String, required: true } },
  { _id: false },
);

export const applicationSchema = new Schema<ApplicationDocument>(
  {
    _id: { type: String, required: true },
    programmeId: { type: String, required: true },
    partnerId: { type: String, required: true },
    programmeTitle: { type: String, required: true },
    organisationId: { type: String, required: true },
    organisationName: { type: String, required: true },
    clusterId: { type: String, required: true },
    country: { type: String, required: true },
    helixType: { type: String, required: true },
    status: { type: String, required: true },
    answers: { type: [answerSchema], default: [] },
    comments: { type: [commentSchema], default: [] },
    createdBy: { type: String, required: true },
    createdAt: { type: String, required: true },
    updatedAt: { type: String, required: true },
    submittedAt: String,
    endorsedAt: String,
    forwardedAt: String,
    outcome: String,
    outcomeAt: String,
    withdrawnAt: String,
    version: { type: Number, required: true },
  },
  { versionKey: false, timestamps: false, collection: 'applications' },
);

// GET /applications as a cluster manager: its cluster's, newest first.
applicationSchema.index({ clusterId: 1, createdAt: -1 });
// GET /applications as a member: its organisation's, newest first.
applicationSchema.index({ organisationId: 1, createdAt: -1 });
// A draft: the organisation's application in play to the programme (findOpen) and its final rounds (finalRounds).
applicationSchema.index({ organisationId: 1, programmeId: 1, status: 1 });
// GET /applications as the secretariat: everything, newest first (optionally of one programme).
applicationSchema.index({ createdAt: -1 });
applicationSchema.index({ programmeId: 1, createdAt: -1 });
