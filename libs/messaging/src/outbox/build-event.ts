import { randomUUID } from 'node:crypto';
import type { CloudEvent, EventDefinition } from '@icn/contracts';
import { eventContext } from '../context/event-context';

export interface BuildEventInput<T> {
  subject: string;
  /** The aggregate's version after this change. */
  sequence: number;
  data: T;
  /** The producing service, e.g. `icn.membership` or `/membership`. */
  source: string;
  correlationId?: string;
  causationId?: string;
  /** Injectable for deterministic tests. */
  id?: string;
  time?: Date;
}

/**
 * Builds a CloudEvent for a definition. Correlation and causation default to the current context
 * (the HTTP request or the event being handled), so a flow stays traceable across services without
 * each call site threading ids through; with no context the event starts a new correlation.
 */
export function buildEvent<T extends object>(definition: EventDefinition<T>, input: BuildEventInput<T>): CloudEvent<T> {
  const context = eventContext().current();
  const id = input.id ?? randomUUID();
  const causationId = input.causationId ?? context?.causationId;
  const event: CloudEvent<T> = {
    specversion: '1.0',
    id,
    source: input.source,
    type: definition.type,
    subject: input.subject,
    time: (input.time ?? new Date()).toISOString(),
    datacontenttype: 'application/json',
    correlationid: input.correlationId ?? context?.correlationId ?? id,
    sequence: input.sequence,
    data: input.data,
  };
  if (causationId !== undefined) {
    event.causationid = causationId;
  }
  return event;
}
