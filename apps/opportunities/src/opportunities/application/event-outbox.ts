import { buildEvent, OutboxRelay, toOutboxEntry, type OutboxEntry } from '@icn/messaging';
import { Injectable } from '@nestjs/common';
import type { DomainEvent } from '../domain/change';

/** CloudEvents `source` of everything the opportunities service publishes. */
export const EVENT_SOURCE = '/icn/opportunities';

/**
 * Turns a domain event into the outbox entry written with the state change, and wakes the relay
 * once the write is done. Correlation/causation come from the request context (buildEvent's default).
 */
@Injectable()
export class EventOutbox {
  constructor(readonly relay: OutboxRelay) {}

  entriesFor(event: DomainEvent | undefined, subject: string, sequence: number): OutboxEntry[] {
    if (event === undefined) return [];
    const cloudEvent = buildEvent(event.definition, { subject, sequence, data: event.data, source: EVENT_SOURCE });
    return [toOutboxEntry(cloudEvent, event.definition.topic)];
  }

  /** Publish now instead of waiting for the poll; never throws (the poll is the safety net). */
  written(entries: readonly OutboxEntry[]): void {
    if (entries.length > 0) this.relay.trigger();
  }
}
