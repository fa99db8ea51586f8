import type { CloudEvent } from '@icn/contracts';
import { traceCarrierOfEvent } from '../tracing/trace-carrier';
import type { OutboxEntry } from './outbox-entry';

/**
 * Serialises an event for the aggregate's outbox. The key is the subject (aggregate id), so every
 * event of one aggregate lands on one partition and stays in order.
 */
export function toOutboxEntry(event: CloudEvent, topic: string, now: Date = new Date()): OutboxEntry {
  return {
    eventId: event.id,
    topic,
    key: event.subject,
    type: event.type,
    sequence: event.subjectsequence,
    value: JSON.stringify(event),
    createdAt: now,
    // Absent rather than undefined: the driver would store an undefined field as null.
    ...traceCarrierOfEvent(event),
  };
}
