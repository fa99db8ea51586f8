import type { LocalProjectContactV1, LocalProjectOwnerV1, MissionApplicationV1, MissionDestinationV1 } from '@icn/contracts';
import { Schema } from 'mongoose';
import type { MissionState } from '../domain/mission';

/** The stored aggregate: the mission with its applications and owners, keyed by missionId (the write path's snapshot, ADR 12). */
export interface MissionDocument extends Omit<MissionState, 'missionId'> {
  _id: string;
}

export const MISSIONS_COLLECTION = 'missions';

// Nested values are identified by their own ids; a mongoose _id would only leak into events.
const destinationSchema = new Schema<MissionDestinationV1>({ city: { type: String, required: true }, country: { type: String, required: true } }, { _id: false });

const applicationSchema = new Schema<MissionApplicationV1>(
  {
    applicationId: { type: String, required: true },
    organisationId: { type: String, required: true },
    organisationName: { type: String, required: true },
    clusterId: { type: String, required: true },
    motivation: { type: String, required: true },
    travellers: { type: [String], required: true },
    status: { type: String, required: true },
    reserveRank: Number,
    submittedBy: { type: String, required: true },
    submittedAt: { type: String, required: true },
    decidedAt: String,
    promotedAt: String,
    withdrawnAt: String,
  },
  { _id: false },
);

const contactSchema = new Schema<LocalProjectContactV1>(
  { name: { type: String, required: true }, email: { type: String, required: true }, phone: String },
  { _id: false },
);

const ownerSchema = new Schema<LocalProjectOwnerV1>(
  {
    ownerId: { type: String, required: true },
    name: { type: String, required: true },
    organisationId: String,
    projectDescription: { type: String, required: true },
    needs: { type: [String], default: [] },
    contactPerson: { type: contactSchema, required: true },
    addedBy: { type: String, required: true },
    addedAt: { type: String, required: true },
  },
  { _id: false },
);

export const missionSchema = new Schema<MissionDocument>(
  {
    _id: { type: String, required: true },
    title: { type: String, required: true },
    theme: { type: String, required: true },
    description: { type: String, required: true },
    organiserClusterId: { type: String, required: true },
    hostClusterId: { type: String, required: true },
    destination: { type: destinationSchema, required: true },
    from: { type: String, required: true },
    to: { type: String, required: true },
    timeZone: { type: String, required: true },
    capacity: { type: Number, required: true },
    callCutOff: { type: String, required: true },
    status: { type: String, required: true },
    applications: { type: [applicationSchema], default: [] },
    localProjectOwners: { type: [ownerSchema], default: [] },
    createdBy: { type: String, required: true },
    createdAt: { type: String, required: true },
    callOpenedAt: String,
    callClosedAt: String,
    callClosedBy: String,
    selectionDecidedAt: String,
    selectionPublishedAt: String,
    completedAt: String,
    cancelledAt: String,
    cancellationReason: String,
    updatedAt: { type: String, required: true },
    // The aggregate's version (ADR 12): the write path brings the snapshot forward only to a newer one.
    version: { type: Number, required: true },
  },
  // `version` is ours (mongoose's __v would be a second, unrelated counter); timestamps are domain facts.
  { versionKey: false, timestamps: false, collection: MISSIONS_COLLECTION },
);

// GET /missions: the (from, _id) keyset order, soonest first. (FerretDB scans anyway, only `_id`
// equality is pushed down; on MongoDB this keeps the list cheap.)
missionSchema.index({ from: 1, _id: 1 });
