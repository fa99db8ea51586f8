import { Schema } from 'mongoose';
import type { NetworkEventState } from '../domain/network-event';

/** A network event's snapshot (ADR 12), keyed by eventId, its registration list inside. */
export interface NetworkEventDocument extends Omit<NetworkEventState, 'eventId'> {
  _id: string;
}

export const networkEventSchema = new Schema<NetworkEventDocument>(
  {
    _id: { type: String, required: true },
    kind: { type: String, required: true },
    title: { type: String, required: true },
    description: { type: String, default: '' },
    hostClusterId: { type: String, required: true },
    // The contract classes validated them on the way in (HTTP DTO, decided state); stored as decided.
    place: { type: Schema.Types.Mixed, required: true },
    from: { type: String, required: true },
    to: { type: String, required: true },
    timeZone: { type: String, required: true },
    capacity: { type: Number, required: true },
    status: { type: String, required: true },
    registrations: { type: Schema.Types.Mixed, default: [] },
    createdBy: { type: String, required: true },
    createdAt: { type: String, required: true },
    heldAt: String,
    cancelledAt: String,
    cancellationReason: String,
    updatedAt: { type: String, required: true },
    // The version of the commit this snapshot holds (the write path's concurrency check is the commit's claim).
    version: { type: Number, required: true },
  },
  { versionKey: false, timestamps: false, minimize: false, collection: 'network_events' },
);

// GET /network-events: upcoming first, by first day then id (the keyset).
networkEventSchema.index({ from: 1, _id: 1 });
