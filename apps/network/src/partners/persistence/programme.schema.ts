import type { CallWindowV1, ProgrammeEligibilityV1, ProgrammeRequirementV1 } from '@icn/contracts';
import { Schema } from 'mongoose';
import type { ProgrammeState } from '../domain/programme';

/** The programme's snapshot (ADR 12), keyed by programmeId. */
export interface ProgrammeDocument extends Omit<ProgrammeState, 'programmeId'> {
  _id: string;
}

// Nested values are identified by their keys; a mongoose _id would only leak into events.
const eligibilitySchema = new Schema<ProgrammeEligibilityV1>(
  { sectors: { type: [String], default: [] }, helixTypes: { type: [String], default: [] }, countries: { type: [String], default: [] } },
  { _id: false },
);
const callWindowSchema = new Schema<CallWindowV1>({ opensAt: { type: String, required: true }, closesAt: { type: String, required: true } }, { _id: false });
const requirementSchema = new Schema<ProgrammeRequirementV1>(
  { key: { type: String, required: true }, title: { type: String, required: true }, description: String },
  { _id: false },
);

export const programmeSchema = new Schema<ProgrammeDocument>(
  {
    _id: { type: String, required: true },
    partnerId: { type: String, required: true },
    partnerName: { type: String, required: true },
    title: { type: String, required: true },
    description: String,
    eligibility: { type: eligibilitySchema, required: true },
    callWindow: { type: callWindowSchema, required: true },
    requirements: { type: [requirementSchema], default: [] },
    registeredAt: { type: String, required: true },
    updatedAt: { type: String, required: true },
    version: { type: Number, required: true },
  },
  { versionKey: false, timestamps: false, collection: 'programmes' },
);

// GET /programmes?openAt=…: calls closing after the moment, soonest first (the keyset).
programmeSchema.index({ 'callWindow.closesAt': 1, _id: 1 });
// GET /programmes?partnerId=…: a partner's programmes.
programmeSchema.index({ partnerId: 1, 'callWindow.closesAt': 1 });
