import { Schema } from 'mongoose';

/**
 * One event waiting in its aggregate's document to be published. `value` is the serialised
 * CloudEvent (a string, so what is published is byte-for-byte what was written atomically with
 * the state change, and so the relay can remove the element by exact match).
 */
export interface OutboxEntry {
  eventId: string;
  topic: string;
  key: string;
  type: string;
  sequence: number;
  value: string;
  createdAt: Date;
}

/** What an aggregate document must carry for the relay to publish its events. */
export interface OutboxDocument {
  _id: unknown;
  version: number;
  outbox: OutboxEntry[];
}

/**
 * Subdocument schema for the `outbox` array. `_id: false` because an element is identified by its
 * eventId and removed by exact value (FerretDB's `$pull` only matches whole elements), so an
 * extra generated id would only be noise.
 */
export const outboxEntrySchema = new Schema<OutboxEntry>(
  {
    eventId: { type: String, required: true },
    topic: { type: String, required: true },
    key: { type: String, required: true },
    type: { type: String, required: true },
    sequence: { type: Number, required: true },
    value: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { _id: false },
);
