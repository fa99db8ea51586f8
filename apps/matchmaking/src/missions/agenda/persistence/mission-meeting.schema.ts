import type { MissionMeetingDelegateV1, MissionMeetingOwnerV1, MissionMeetingSlotV1 } from '@icn/contracts';
import { Schema } from 'mongoose';
import type { MissionMeetingState } from '../domain/mission-meeting';

/** The stored meeting, keyed by meetingId (the write path's snapshot, ADR 12). */
export interface MissionMeetingDocument extends Omit<MissionMeetingState, 'meetingId'> {
  _id: string;
}

export const MISSION_MEETINGS_COLLECTION = 'mission_meetings';

// Nested values are parts of the meeting; a mongoose _id would only leak into events.
const delegateSchema = new Schema<MissionMeetingDelegateV1>(
  { organisationId: { type: String, required: true }, name: { type: String, required: true }, clusterId: { type: String, required: true } },
  { _id: false },
);
const ownerSchema = new Schema<MissionMeetingOwnerV1>(
  { ownerId: { type: String, required: true }, name: { type: String, required: true }, organisationId: String },
  { _id: false },
);
const slotSchema = new Schema<MissionMeetingSlotV1>(
  {
    slotId: { type: String, required: true },
    date: { type: String, required: true },
    startTime: { type: String, required: true },
    endTime: { type: String, required: true },
    timeZone: { type: String, required: true },
    startsAt: { type: String, required: true },
    endsAt: { type: String, required: true },
    table: { type: Number, required: true },
  },
  { _id: false },
);

export const missionMeetingSchema = new Schema<MissionMeetingDocument>(
  {
    _id: { type: String, required: true },
    missionId: { type: String, required: true },
    delegate: { type: delegateSchema, required: true },
    owner: { type: ownerSchema, required: true },
    requestedBy: { type: String, required: true },
    requestedBySubject: { type: String, required: true },
    message: { type: String, required: true },
    requestedSlotId: String,
    status: { type: String, required: true },
    slot: slotSchema,
    declineReason: String,
    cancelledBy: String,
    cancellationReason: String,
    requestedAt: { type: String, required: true },
    acceptedAt: String,
    declinedAt: String,
    scheduledAt: String,
    cancelledAt: String,
    updatedAt: { type: String, required: true },
    reservationIds: { type: [String], default: [] },
    // The aggregate's version (ADR 12): the write path brings the snapshot forward only to a newer one.
    version: { type: Number, required: true },
  },
  { versionKey: false, timestamps: false, collection: MISSION_MEETINGS_COLLECTION },
);

// GET /missions/:id/meetings, the agenda grid and the participants' calendars: one mission's
// meetings. (FerretDB scans anyway, only `_id` equality is pushed down; on MongoDB this keeps them cheap.)
missionMeetingSchema.index({ missionId: 1, requestedAt: 1 });
