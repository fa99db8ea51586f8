import { isDuplicateKeyError } from '@icn/platform';
import type { Connection } from 'mongoose';

/** The consumer's inbox: which event ids a group has already applied. */
export interface ProcessedEventStore {
  has(groupId: string, eventId: string): Promise<boolean>;
  record(groupId: string, event: { id: string; type: string }, topic: string): Promise<void>;
  /** Forgets the group's ids processed before `before`; resolves with how many. */
  prune?(groupId: string, before: Date): Promise<number>;
}

interface ProcessedEventDoc {
  _id: string;
  groupId: string;
  eventId: string;
  type: string;
  topic: string;
  processedAt: Date;
}

export const PROCESSED_EVENTS_COLLECTION = 'processed_events';

/**
 * Stored in the consuming service's own database. `_id = group:eventId` is the unique key (no
 * extra index needed: the default `_id` index serves both the lookup and the duplicate check).
 * No TTL index (FerretDB 1.24 has none): each consumer prunes its own group's old ids (see
 * EventConsumer), a scan once an hour.
 */
export function mongoProcessedEventStore(connection: Connection): ProcessedEventStore {
  const collection = connection.collection<ProcessedEventDoc>(PROCESSED_EVENTS_COLLECTION);
  return {
    async has(groupId, eventId) {
      // The plainest query there is (a find by _id, answered from the unique index on every store),
      // rather than a count that each store plans its own way.
      return (await collection.findOne({ _id: `${groupId}:${eventId}` }, { projection: { _id: 1 } })) !== null;
    },
    async record(groupId, event, topic) {
      try {
        await collection.insertOne({
          _id: `${groupId}:${event.id}`,
          groupId,
          eventId: event.id,
          type: event.type,
          topic,
          processedAt: new Date(),
        });
      } catch (error) {
        // A redelivery raced us to it; the id is recorded either way.
        if (!isDuplicateKeyError(error)) throw error;
      }
    },
    async prune(groupId, before) {
      const { deletedCount } = await collection.deleteMany({ groupId, processedAt: { $lt: before } });
      return deletedCount;
    },
  };
}
