import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** One message as read from a topic. */
export interface EmittedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | undefined;
  value: string | undefined;
  headers: Record<string, string>;
}

interface MessageValidators {
  /** The committed JSON Schema docs/asyncapi/schemas/<type>.json. */
  eventSchema: ValidateFunction;
  /** The AsyncAPI message's payload, with the document's component schemas. */
  messagePayload: ValidateFunction;
  messageHeaders: ValidateFunction;
  /** Topics whose channel lists this message. */
  topics: Set<string>;
}

type JsonObject = Record<string, unknown>;

const SUBJECT_SEQUENCE = 'subjectsequence';
const LEGACY_SEQUENCE = 'sequence';

/**
 * The committed contract (docs/asyncapi: the AsyncAPI document and one JSON Schema per event type),
 * compiled by an independent validator (ajv with ajv-formats, strict), as a strictly validating
 * integrator would use it. Nothing here comes from libs/contracts: it checks what is published,
 * not what the code believes it publishes.
 */
export class CommittedContract {
  private readonly validators = new Map<string, MessageValidators>();

  private constructor(asyncApiDirectory: string) {
    // Strict, except that the `anyOf: [{required: [subjectsequence]}, {required: [sequence]}]` of the
    // envelope names properties its parent defines, which strictRequired would refuse.
    const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
    addFormats(ajv);
    const document = readJson(join(asyncApiDirectory, 'asyncapi.json'));
    const components = asObject(document['components']);
    const messages = asObject(components['messages']);
    const definitions = rewriteComponentRefs(asObject(components['schemas']));
    const topicsOf = channelTopicsByMessage(document);
    const schemaDirectory = join(asyncApiDirectory, 'schemas');
    for (const file of readdirSync(schemaDirectory).filter((name) => name.endsWith('.json'))) {
      const type = file.slice(0, -'.json'.length);
      const message = messages[type];
      if (message === undefined) throw new Error(`docs/asyncapi/schemas/${file} has no message ${type} in asyncapi.json`);
      const { payload, headers } = asObject(message);
      this.validators.set(type, {
        eventSchema: ajv.compile(readJson(join(schemaDirectory, file))),
        messagePayload: ajv.compile({ ...rewriteComponentRefs(asObject(payload)), definitions }),
        messageHeaders: ajv.compile(asObject(headers)),
        topics: topicsOf.get(type) ?? new Set(),
      });
    }
  }

  static load(asyncApiDirectory: string): CommittedContract {
    return new CommittedContract(asyncApiDirectory);
  }

  get types(): string[] {
    return [...this.validators.keys()];
  }

  /** The event type of a message, or undefined when its value is no JSON object with a string `type`. */
  typeOf(message: EmittedMessage): string | undefined {
    const event = parseObject(message.value);
    return typeof event?.['type'] === 'string' ? event['type'] : undefined;
  }

  /** Every way the message breaks the committed contract (none: it conforms). */
  violations(message: EmittedMessage): string[] {
    const event = parseObject(message.value);
    if (event === undefined) return ['value: not a JSON object (a structured-mode CloudEvent)'];
    const type = event['type'];
    if (typeof type !== 'string') return ['type: missing'];
    const validators = this.validators.get(type);
    if (validators === undefined) return [`type ${type}: no committed schema in docs/asyncapi`];
    const problems = [
      ...errorsOf(validators.eventSchema, event, 'JSON Schema'),
      ...errorsOf(validators.messagePayload, event, 'AsyncAPI payload'),
      ...errorsOf(validators.messageHeaders, message.headers, 'AsyncAPI headers'),
    ];
    if (!validators.topics.has(message.topic)) problems.push(`topic ${message.topic}: not a channel of ${type} (${[...validators.topics].join(', ')})`);
    if (message.key !== event['subject']) problems.push(`key ${JSON.stringify(message.key)}: must equal subject ${JSON.stringify(event['subject'])}`);
    // The schema still reads events written before the rename; what is emitted now uses the new name only.
    if (!(SUBJECT_SEQUENCE in event)) problems.push(`${SUBJECT_SEQUENCE}: missing`);
    if (LEGACY_SEQUENCE in event) problems.push(`${LEGACY_SEQUENCE}: the legacy name is still written`);
    return problems;
  }
}

function errorsOf(validate: ValidateFunction, value: unknown, against: string): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${against}: ${error.instancePath || '/'} ${error.message ?? 'invalid'}${paramsOf(error.params)}`);
}

function paramsOf(params: Record<string, unknown>): string {
  const shown = Object.entries(params).filter(([, value]) => typeof value === 'string' || typeof value === 'number');
  return shown.length === 0 ? '' : ` (${shown.map(([name, value]) => `${name}: ${String(value)}`).join(', ')})`;
}

/** The AsyncAPI document's `#/components/schemas/X` refs as `#/definitions/X` of a standalone schema. */
function rewriteComponentRefs<T>(schema: T): T {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', '"#/definitions/')) as T;
}

function channelTopicsByMessage(document: JsonObject): Map<string, Set<string>> {
  const topics = new Map<string, Set<string>>();
  for (const channel of Object.values(asObject(document['channels']))) {
    const { address, messages } = asObject(channel);
    for (const reference of Object.values(asObject(messages))) {
      const ref = String(asObject(reference)['$ref']);
      const type = ref.slice(ref.lastIndexOf('/') + 1);
      topics.set(type, (topics.get(type) ?? new Set()).add(String(address)));
    }
  }
  return topics;
}

function readJson(path: string): JsonObject {
  return asObject(JSON.parse(readFileSync(path, 'utf8')));
}

function parseObject(value: string | undefined): JsonObject | undefined {
  if (value === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as JsonObject) : undefined;
  } catch {
    return undefined;
  }
}

function asObject(value: unknown): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`expected a JSON object, got ${JSON.stringify(value)?.slice(0, 80)}`);
  return value as JsonObject;
}
