/**
 * An AsyncAPI 3.0 document reduced to what a person reads first: each channel (a Kafka topic) with
 * its messages (event types), what each says and the name of its payload schema. The document's
 * channels and components are defined by the AsyncAPI specification, not by the services' OpenAPI,
 * so they are read here defensively: a part that is missing or shaped otherwise is left out, never
 * guessed.
 */
export interface AsyncApiSummary {
  title: string;
  version: string;
  specVersion: string;
  description?: string;
  channels: readonly ChannelSummary[];
}

export interface ChannelSummary {
  id: string;
  /** The topic. */
  address: string;
  description?: string;
  messages: readonly MessageSummary[];
}

export interface MessageSummary {
  /** The key in the channel: the CloudEvents `type` (`org.icn.…v1`) or `dead-letter`. */
  id: string;
  name?: string;
  summary?: string;
  /** The schema of the event's `data` (or of the whole payload), under components.schemas. */
  payloadSchema?: string;
  /** What the payload is when it names no schema (a dead letter: the original bytes). */
  payloadDescription?: string;
}

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** `#/components/messages/org.icn.x.v1` → the object it points at in `document`, if any. */
function resolve(document: JsonObject, value: unknown): unknown {
  if (!isObject(value)) return value;
  const ref = text(value['$ref']);
  if (ref === undefined || !ref.startsWith('#/')) return value;
  let target: unknown = document;
  for (const segment of ref.slice(2).split('/')) {
    if (!isObject(target)) return undefined;
    target = target[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return target;
}

function schemaName(value: unknown): string | undefined {
  const ref = isObject(value) ? text(value['$ref']) : undefined;
  return ref?.split('/').pop();
}

function summariseMessage(document: JsonObject, id: string, value: unknown): MessageSummary {
  const message = resolve(document, value);
  if (!isObject(message)) return { id };
  const payload = message['payload'];
  const properties = isObject(payload) ? payload['properties'] : undefined;
  const payloadSchema = schemaName(isObject(properties) ? properties['data'] : undefined) ?? schemaName(payload);
  const payloadDescription = payloadSchema === undefined && isObject(payload) ? text(payload['description']) : undefined;
  const name = text(message['name']);
  const summary = text(message['summary']);
  return {
    id,
    ...(name === undefined ? {} : { name }),
    ...(summary === undefined ? {} : { summary }),
    ...(payloadSchema === undefined ? {} : { payloadSchema }),
    ...(payloadDescription === undefined ? {} : { payloadDescription }),
  };
}

/** The summary, or undefined when `document` is not an AsyncAPI document at all. */
export function summariseAsyncApi(document: unknown): AsyncApiSummary | undefined {
  if (!isObject(document)) return undefined;
  const specVersion = text(document['asyncapi']);
  if (specVersion === undefined) return undefined;
  const info = isObject(document['info']) ? document['info'] : {};
  const channels = isObject(document['channels']) ? document['channels'] : {};
  const description = text(info['description']);
  return {
    title: text(info['title']) ?? '',
    version: text(info['version']) ?? '',
    specVersion,
    ...(description === undefined ? {} : { description }),
    channels: Object.entries(channels)
      .filter((entry): entry is [string, JsonObject] => isObject(entry[1]))
      .map(([id, channel]) => {
        const messages = isObject(channel['messages']) ? channel['messages'] : {};
        const channelDescription = text(channel['description']);
        return {
          id,
          address: text(channel['address']) ?? id,
          ...(channelDescription === undefined ? {} : { description: channelDescription }),
          messages: Object.entries(messages).map(([messageId, message]) => summariseMessage(document, messageId, message)),
        };
      }),
  };
}
