import { isISO8601, isUUID } from 'class-validator';
import type { CloudEvent } from '../envelope/cloud-event';
import { LEGACY_SEQUENCE_ATTRIBUTE, TRACEPARENT_PATTERN } from '../envelope/cloud-event';
import type { EventDefinition } from '../envelope/event-definition';
import { validatePayload } from './validate-payload';

const TRACEPARENT = new RegExp(TRACEPARENT_PATTERN);

/**
 * What is wrong with an event its producer is about to write or publish, as `path: reason` lines
 * (none: it conforms). The same rules as the committed JSON Schema of the event (envelope, see
 * event-json-schema.ts) and the payload class, with unknown data properties rejected: what a
 * service emits must pass every consumer's validation, including strict integrators'.
 */
export function findEventContractViolations(definition: EventDefinition, event: CloudEvent<unknown>): string[] {
  const violations: string[] = [];
  if (event.specversion !== '1.0') violations.push('specversion: must be "1.0"');
  if (!isUUID(event.id)) violations.push(`id: must be a UUID (the envelope's format: uuid), got ${JSON.stringify(event.id)}`);
  if (typeof event.source !== 'string' || event.source.length === 0) violations.push('source: must be a non-empty string');
  if (event.type !== definition.type) violations.push(`type: must be ${definition.type}`);
  if (typeof event.subject !== 'string' || event.subject.length === 0) violations.push('subject: must be a non-empty string');
  if (typeof event.time !== 'string' || !isISO8601(event.time, { strict: true })) violations.push('time: must be an RFC 3339 date-time');
  if (event.datacontenttype !== 'application/json') violations.push('datacontenttype: must be "application/json"');
  if (typeof event.correlationid !== 'string' || event.correlationid.length === 0) violations.push('correlationid: must be a non-empty string');
  if (event.causationid !== undefined && (typeof event.causationid !== 'string' || event.causationid.length === 0)) {
    violations.push('causationid: must be a non-empty string when present');
  }
  if (!Number.isInteger(event.subjectsequence) || event.subjectsequence < 1) violations.push('subjectsequence: must be an integer ≥ 1');
  if (event.traceparent !== undefined && (typeof event.traceparent !== 'string' || !TRACEPARENT.test(event.traceparent))) {
    violations.push('traceparent: must be a W3C trace context (00-<32 hex>-<16 hex>-<2 hex>) when present');
  }
  if (event.tracestate !== undefined && typeof event.tracestate !== 'string') violations.push('tracestate: must be a string when present');
  if (LEGACY_SEQUENCE_ATTRIBUTE in event) violations.push(`${LEGACY_SEQUENCE_ATTRIBUTE}: is the legacy name of subjectsequence; write subjectsequence only`);
  const data = validatePayload(definition.payload, event.data);
  if (!data.ok) violations.push(...data.errors.map((error) => (error.startsWith('data:') ? error : `data.${error}`)));
  violations.push(...nullsIn(event.data, 'data'));
  return violations;
}

/**
 * class-validator's `@IsOptional()` lets `null` through, but the published schemas have no
 * nullable field (an absent optional field is omitted): a null breaks every strict consumer.
 */
function nullsIn(value: unknown, path: string): string[] {
  if (value === null) return [`${path}: must be omitted rather than null (no field of the contract is nullable)`];
  if (typeof value !== 'object') return [];
  const entries = Array.isArray(value) ? value.map((item, index) => [`${path}[${index}]`, item] as const) : Object.entries(value).map(([key, item]) => [`${path}.${key}`, item] as const);
  return entries.flatMap(([itemPath, item]) => nullsIn(item, itemPath));
}

/**
 * Thrown where a service would write or publish an event its own contract rejects: a programming
 * error in the producer, to surface at its source (the request that caused it fails with a 500 and
 * nothing is written) instead of in a consumer's dead-letter topic.
 */
export class EventContractViolation extends Error {
  constructor(
    readonly eventType: string,
    readonly violations: readonly string[],
  ) {
    super(`refusing to emit ${eventType}, which its contract rejects: ${violations.join('; ')}`);
    this.name = 'EventContractViolation';
  }
}

/** Throws EventContractViolation unless the event conforms to its definition. */
export function assertEventConforms(definition: EventDefinition, event: CloudEvent<unknown>): void {
  const violations = findEventContractViolations(definition, event);
  if (violations.length > 0) throw new EventContractViolation(definition.type, violations);
}
