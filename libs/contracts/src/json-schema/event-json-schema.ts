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
    required: ['specversion', 'id', 'source', 'type', 'subject', 'time', 'datacontenttype', 'correlationid', 'sequence', 'data'],
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
      sequence: {
        type: 'integer',
        minimum: 1,
        description: `The ${definition.aggregate}'s version after this event; apply an event only if it is the next one.`,
      },
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
