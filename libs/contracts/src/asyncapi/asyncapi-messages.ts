import { CLOUD_EVENTS_CONTENT_TYPE, EventHeaders, TRACEPARENT_PATTERN, TraceHeaders } from '../envelope/cloud-event';
import { DeadLetterHeaders } from '../envelope/dead-letter-headers';
import type { EventDefinition } from '../envelope/event-definition';
import { cloudEventSchema } from '../json-schema/event-json-schema';
import { REF_PREFIX, type JsonSchema } from '../json-schema/json-schema';

export const KAFKA_BINDING_VERSION = '0.5.0';
export const DEAD_LETTER_MESSAGE_ID = 'dead-letter';

/** Message ids are the CloudEvents types: what integrators see in `type` and in the `ce_type` header. */
export function messageIdOf(definition: EventDefinition): string {
  return definition.type;
}

/** One event type as it travels on its topic: structured-mode CloudEvent, keyed by its subject. */
export function eventMessage(definition: EventDefinition): Record<string, unknown> {
  return {
    name: definition.payload.name,
    title: definition.type,
    summary: definition.summary,
    contentType: CLOUD_EVENTS_CONTENT_TYPE,
    headers: {
      type: 'object',
      properties: {
        [EventHeaders.contentType]: { type: 'string', const: CLOUD_EVENTS_CONTENT_TYPE },
        [EventHeaders.type]: { type: 'string', const: definition.type, description: 'Copy of `type`, to route or skip without parsing the value.' },
        [EventHeaders.id]: { type: 'string', format: 'uuid', description: 'Copy of `id`.' },
        [TraceHeaders.traceparent]: {
          type: 'string',
          pattern: TRACEPARENT_PATTERN,
          description: 'W3C Trace Context of the event\'s creation, when its producer traces: copy of the `traceparent` attribute, where OpenTelemetry propagators read it.',
        },
        [TraceHeaders.tracestate]: { type: 'string', description: 'Copy of the `tracestate` attribute, when there is one.' },
      },
    },
    payload: cloudEventSchema(definition, { $ref: `${REF_PREFIX.asyncApi}${definition.payload.name}` }),
    correlationId: {
      description: 'The flow this event belongs to; every event it causes carries the same value.',
      location: '$message.payload#/correlationid',
    },
    bindings: {
      kafka: {
        key: aggregateKeySchema(definition.aggregate),
        bindingVersion: KAFKA_BINDING_VERSION,
      },
    },
  };
}

function aggregateKeySchema(aggregate: string): JsonSchema {
  return { type: 'string', description: `The ${aggregate} id, equal to the event's \`subject\`.` };
}

/**
 * What a consumer parks on `<topic>.dlq`: the original message, key and headers untouched (it may
 * be invalid, which is often why it is there), plus headers saying why and where it came from.
 */
export function deadLetterMessage(): Record<string, unknown> {
  const header = (description: string): JsonSchema => ({ type: 'string', description });
  return {
    name: 'DeadLetter',
    title: 'Dead-lettered event',
    summary: 'An event a consumer could not process, parked for an operator to inspect and replay.',
    contentType: CLOUD_EVENTS_CONTENT_TYPE,
    headers: {
      type: 'object',
      required: [
        DeadLetterHeaders.reason,
        DeadLetterHeaders.originalTopic,
        DeadLetterHeaders.originalPartition,
        DeadLetterHeaders.originalOffset,
        DeadLetterHeaders.consumerGroup,
        DeadLetterHeaders.attempts,
        DeadLetterHeaders.failedAt,
      ],
      properties: {
        [DeadLetterHeaders.reason]: header('Why it was parked: the validation errors (`path: reason`) or the last handler error, cut to 2000 characters.'),
        [DeadLetterHeaders.originalTopic]: header('The topic it was consumed from.'),
        [DeadLetterHeaders.originalPartition]: header('Partition it was consumed from (decimal string).'),
        [DeadLetterHeaders.originalOffset]: header('Offset it had there (decimal string).'),
        [DeadLetterHeaders.consumerGroup]: header('The consumer group that gave up on it.'),
        [DeadLetterHeaders.attempts]: header('How many processing attempts were made (decimal string).'),
        [DeadLetterHeaders.failedAt]: { type: 'string', format: 'date-time', description: 'When the consumer gave up (ISO 8601, UTC).' },
        [EventHeaders.contentType]: header('The original header, when it had one.'),
        [EventHeaders.type]: header('The original header, when it had one.'),
        [EventHeaders.id]: header('The original header, when it had one.'),
        [TraceHeaders.traceparent]: header('The original header, when it had one.'),
        [TraceHeaders.tracestate]: header('The original header, when it had one.'),
      },
    },
    payload: {
      description: 'The original message value, byte for byte; usually one of the events of the original topic.',
    },
    bindings: {
      kafka: {
        key: { type: 'string', description: 'The original message key.' },
        bindingVersion: KAFKA_BINDING_VERSION,
      },
    },
  };
}
