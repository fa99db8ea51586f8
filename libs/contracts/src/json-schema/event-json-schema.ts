import { LEGACY_SEQUENCE_ATTRIBUTE, SUBJECT_SEQUENCE_ATTRIBUTE, TRACEPARENT_PATTERN } from '../envelope/cloud-event';
import type { EventDefinition } from '../envelope/event-definition';
import { REF_PREFIX, type JsonSchema } from './json-schema';
import { buildPayloadSchemas } from './payload-schemas';

/**
 * The CloudEvents 1.0 structured-mode envelope (see cloud-event.ts) of one event type, whose `data`
 * is the given schema. Extra attributes stay allowed: CloudEvents lets intermediaries add
 * extensions, and a consumer must not reject an event for one.
 */
export function cloudEventSchema(definition: EventDefinition, data: JsonSchema): JsonSchema {
  return {
    type: 'object',
    required: ['specversion', 'id', 'source', 'type', 'subject', 'time', 'datacontenttype', 'correlationid', 'data'],
    // Every event carries subjectsequence; events produced before its rename carry sequence instead
    // and stay valid (backward compatible: this schema still reads everything already on a topic).
    anyOf: [{ required: [SUBJECT_SEQUENCE_ATTRIBUTE] }, { required: [LEGACY_SEQUENCE_ATTRIBUTE] }],
    properties: {
      specversion: { type: 'string', const: '1.0' },
      id: { type: 'string', format: 'uuid', description: 'Unique per event; consumers de-duplicate on it.' },
      source: { type: 'string', minLength: 1, description: 'The producing service.' },
      type: { type: 'string', const: definition.type },
      subject: {
        type: 'string',
        minLength: 1,
        description: `The ${definition.aggregate} id; also the Kafka message key, so one ${definition.aggregate}'s events stay in order.`,
      },
      time: { type: 'string', format: 'date-time' },
      datacontenttype: { type: 'string', const: 'application/json' },
      correlationid: { type: 'string', minLength: 1, description: 'Id of the request or flow that started it all, carried end to end.' },
      causationid: { type: 'string', minLength: 1, description: 'Id of the event or request that directly caused this one.' },
      [SUBJECT_SEQUENCE_ATTRIBUTE]: {
        type: 'integer',
        minimum: 1,
        description: `The ${definition.aggregate}'s version after this event (1, 2, 3 … without gaps per subject); apply an event only if it is the next one.`,
      },
      [LEGACY_SEQUENCE_ATTRIBUTE]: {
        type: 'integer',
        minimum: 1,
        description:
          'Only on events produced before 2026-12: the former name of subjectsequence, same meaning. Not the CloudEvents ' +
          'Sequence extension (a string); never written any more.',
      },
      traceparent: {
        type: 'string',
        pattern: TRACEPARENT_PATTERN,
        description:
          'CloudEvents Distributed Tracing extension: the W3C trace context in which the event was created, when its producer ' +
          'traces (also the Kafka header of the same name). Continue the trace from it, or link to it.',
      },
      tracestate: { type: 'string', description: 'CloudEvents Distributed Tracing extension: the W3C `tracestate` that goes with `traceparent`, when there is one.' },
      data,
    },
  };
}

/**
 * A self-contained JSON Schema (draft-07) of one whole event as it travels on Kafka, for integrators
 * who validate messages and for the backward-compatibility check against the committed copy.
 */
export function buildEventJsonSchema(definition: EventDefinition): JsonSchema {
  const payloadName = definition.payload.name;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: definition.type,
    description: definition.summary,
    ...cloudEventSchema(definition, { $ref: `${REF_PREFIX.standalone}${payloadName}` }),
    definitions: buildPayloadSchemas([definition.payload], REF_PREFIX.standalone),
  };
}
