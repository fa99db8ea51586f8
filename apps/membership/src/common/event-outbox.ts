import { buildEvent, type DomainEvent, type OutboxEntry, OutboxRelay, toOutboxEntry } from '@icn/messaging';
import { Injectable } from '@nestjs/common';

/** CloudEvents `source` of everything membership publishes. */
export const EVENT_SOURCE = '/icn/membership';

/**
 * Turns a domain event into the outbox entry written with the state change, and wakes the relay
 * once the write is done. Correlation/causation come from the request context (buildEvent's default).
 */
@Injectable()
export class EventOutbox {
  constructor(private readonly relay: OutboxRelay) {}

  entryFor(event: DomainEvent, subject: string, sequence: number): OutboxEntry {
    const cloudEvent = buildEvent(event.definition, { subject, sequence, data: event.data, source: EVENT_SOURCE });
    return toOutboxEntry(cloudEvent, event.definition.topic);
  }

  /**
   * Publish now instead of waiting for the poll; never throws (the poll is the safety net). Naming
   * the aggregate lets the relay read it by `_id` instead of scanning the collection.
   */
  written(collection: string, id: string): void {
    this.relay.trigger({ collection, id });
  }
}
