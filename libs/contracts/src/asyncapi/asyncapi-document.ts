import { EVENT_CATALOG } from '../catalog';
import { REF_PREFIX } from '../json-schema/json-schema';
import { buildPayloadSchemas } from '../json-schema/payload-schemas';
import { ALL_TOPICS } from '../topics';
import { buildChannelsAndOperations } from './asyncapi-channels';
import { DEAD_LETTER_MESSAGE_ID, deadLetterMessage, eventMessage, messageIdOf } from './asyncapi-messages';

/**
 * The document's own version. Bump the minor for added events, topics or envelope attributes
 * (1.1.0: subjectsequence; 1.2.0: traceparent and tracestate) and the major when an event version is retired; the
 * backward-compatibility test guards the events themselves.
 */
export const ASYNCAPI_DOCUMENT_VERSION = '1.2.0';

export type AsyncApiDocument = Record<string, unknown>;

/**
 * The platform's public event contract as an AsyncAPI 3.0 document, generated from EVENT_CATALOG and
 * Topics. Services serve it at GET /asyncapi.json; docs/asyncapi/asyncapi.json is a committed copy
 * (regenerate with `npm run build && npm run asyncapi`). Deterministic: the same catalog always
 * gives the same document, so the committed copy can be compared with it.
 */
export function buildAsyncApiDocument(): AsyncApiDocument {
  const { channels, operations } = buildChannelsAndOperations(ALL_TOPICS, EVENT_CATALOG);
  return {
    asyncapi: '3.0.0',
    id: 'urn:org:icn:platform:events',
    info: {
      title: 'ICN Platform events',
      version: ASYNCAPI_DOCUMENT_VERSION,
      description:
        'Integration events of the International Cleantech Network platform, on Kafka, as CloudEvents 1.0 ' +
        'in structured mode (the whole event is the JSON value; the key is the aggregate id = `subject`). ' +
        'Delivery is at least once: de-duplicate on `id` (a UUID), apply in `subjectsequence` order (an ' +
        'integer extension attribute of our own: 1, 2, 3 … per subject; events produced before 2026-12 carry it ' +
        'as `sequence`, which is not the CloudEvents Sequence extension). Traced producers add the CloudEvents ' +
        'Distributed Tracing extension (`traceparent`, `tracestate`: the W3C trace context of the event\'s creation, ' +
        'also in the Kafka headers of the same names). The version is part of the event ' +
        '`type`; a breaking change is a new type, and old versions stay readable.',
    },
    defaultContentType: 'application/cloudevents+json',
    channels,
    operations,
    components: {
      messages: {
        ...Object.fromEntries(EVENT_CATALOG.map((definition) => [messageIdOf(definition), eventMessage(definition)])),
        [DEAD_LETTER_MESSAGE_ID]: deadLetterMessage(),
      },
      schemas: buildPayloadSchemas(
        EVENT_CATALOG.map((definition) => definition.payload),
        REF_PREFIX.asyncApi,
      ),
    },
  };
}
