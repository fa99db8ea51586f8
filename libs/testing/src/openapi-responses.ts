import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** The parts of an OpenAPI 3.0 document these checks read. */
export interface OpenApiResponsesDocument {
  paths: Record<string, Record<string, { responses?: Record<string, OpenApiResponse> }>>;
  components?: { schemas?: Record<string, unknown> };
}
interface OpenApiResponse {
  content?: Record<string, { schema?: unknown }>;
}

/** Success statuses that have no body by definition (No Content, Reset Content). */
const BODILESS_SUCCESS = new Set(['204', '205']);
const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json$/;
const COMPONENT_REF = '#/components/schemas/';
const DEFINITIONS_ID = 'openapi-components';
/** OpenAPI's annotation keywords that JSON Schema does not know: Ajv's strict mode would refuse them. */
const OPENAPI_ANNOTATIONS = ['example', 'xml', 'externalDocs'];

/** The OpenAPI document a running service serves at /docs-json. */
export async function fetchOpenApiDocument(baseUrl: string): Promise<OpenApiResponsesDocument> {
  const response = await fetch(`${baseUrl}/docs-json`);
  if (!response.ok) throw new Error(`GET ${baseUrl}/docs-json answered ${response.status}`);
  return (await response.json()) as OpenApiResponsesDocument;
}

/**
 * `METHOD path status` for every success response of the document that says nothing about its body:
 * no media type at all, or a JSON media type without a schema. A generated client types such a body
 * as nothing. Operations that declare another media type (`@ApiProduces('text/calendar')`, an event
 * stream) have it in `content` and are not reported; 204/205 carry no body.
 */
export function undocumentedSuccessBodies(document: OpenApiResponsesDocument): string[] {
  const found: string[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (!status.startsWith('2') || BODILESS_SUCCESS.has(status)) continue;
        const mediaTypes = Object.entries(response.content ?? {});
        const described = mediaTypes.some(([mediaType, { schema }]) => !JSON_MEDIA_TYPE.test(mediaType) || schema !== undefined);
        if (!described) found.push(`${method.toUpperCase()} ${path} ${status}`);
      }
    }
  }
  return found;
}

/**
 * `Schema.property` for every property of the document's schemas whose type a client cannot know:
 * an object that names neither its properties nor `additionalProperties`. @nestjs/swagger writes
 * that for a field whose TypeScript type is a union (`string | null` is `Object` to reflection)
 * when the decorator gives no `type` — and a generated client then types it `Record<string, never>`.
 */
export function untypedSchemaProperties(document: OpenApiResponsesDocument): string[] {
  const found: string[] = [];
  for (const [schemaName, schema] of Object.entries(document.components?.schemas ?? {})) {
    const properties = (schema as { properties?: Record<string, unknown> }).properties ?? {};
    for (const [property, propertySchema] of Object.entries(properties)) {
      const items = (propertySchema as { items?: unknown }).items;
      if (isOpaqueObject(propertySchema) || (items !== undefined && isOpaqueObject(items))) found.push(`${schemaName}.${property}`);
    }
  }
  return found;
}

function isOpaqueObject(schema: unknown): boolean {
  if (typeof schema !== 'object' || schema === null) return false;
  const { type, properties, additionalProperties } = schema as { type?: unknown; properties?: unknown; additionalProperties?: unknown };
  return type === 'object' && properties === undefined && additionalProperties === undefined;
}

/**
 * Real answers checked against what a service's OpenAPI document says of them, as a strictly
 * validating client would: the operation the request path matches must document the status (when
 * it is a success), and a JSON body must fit the schema of that status. Objects are read as closed
 * (a field the schema does not name is a problem) unless the schema says `additionalProperties`,
 * so a response class that forgets a field fails as surely as one that lies about a type.
 */
export class DocumentedResponses {
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly operations: { method: string; template: string; pattern: RegExp; parameters: number }[];

  constructor(private readonly document: OpenApiResponsesDocument) {
    this.ajv = new Ajv({ allErrors: true, strict: true });
    addFormats(this.ajv);
    this.ajv.addVocabulary(OPENAPI_ANNOTATIONS);
    this.ajv.addSchema({ $id: DEFINITIONS_ID, definitions: schemasOf(document.components?.schemas ?? {}) });
    this.operations = Object.entries(document.paths)
      .flatMap(([template, operations]) => Object.keys(operations).map((method) => ({ method, template, ...templatePattern(template) })))
      // A literal segment wins over a parameter (`/consortia/outcomes` before `/consortia/{consortiumId}`).
      .sort((a, b) => a.parameters - b.parameters);
  }

  /** Checks against the document a running service serves. */
  static async of(baseUrl: string): Promise<DocumentedResponses> {
    return new DocumentedResponses(await fetchOpenApiDocument(baseUrl));
  }

  /**
   * What does not fit: empty when the answer is as documented. `path` is the one requested (query
   * string allowed); a body that is not JSON (`contentType`) is not checked against a schema.
   */
  problems(method: string, path: string, answer: { status: number; body: unknown; contentType?: string | null }): string[] {
    const request = `${method.toUpperCase()} ${path}`;
    const route = path.split('?')[0] ?? path;
    const operation = this.operations.find((candidate) => candidate.method === method.toLowerCase() && candidate.pattern.test(route));
    if (operation === undefined) return [`${request}: no operation of the document matches`];
    const status = String(answer.status);
    const response = this.document.paths[operation.template]?.[operation.method]?.responses?.[status];
    if (response === undefined) return status.startsWith('2') ? [`${request}: status ${status} is not documented`] : [];
    const isJson = answer.contentType === undefined || answer.contentType === null || JSON_MEDIA_TYPE.test(answer.contentType.split(';')[0]?.trim() ?? '');
    if (!isJson || answer.body === undefined) return [];
    const schema = Object.entries(response.content ?? {}).find(([mediaType]) => JSON_MEDIA_TYPE.test(mediaType))?.[1].schema;
    if (schema === undefined) return [`${request}: ${status} has a JSON body the document does not describe`];
    const validate = this.validatorFor(`${operation.method} ${operation.template} ${status}`, schema);
    if (validate(answer.body)) return [];
    return (validate.errors ?? []).map((error) => `${request} ${status}: ${error.instancePath || '(body)'} ${error.message ?? 'is invalid'}${paramsOf(error.params)}`);
  }

  private validatorFor(key: string, schema: unknown): ValidateFunction {
    let validate = this.validators.get(key);
    if (validate === undefined) {
      validate = this.ajv.compile(asJsonSchema(schema) as object);
      this.validators.set(key, validate);
    }
    return validate;
  }
}

/** `/missions/{missionId}/agenda` → a pattern of one path, and how many parameters it has. */
function templatePattern(template: string): { pattern: RegExp; parameters: number } {
  const parts = template.split(/\{[^}]+\}/);
  const escaped = parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { pattern: new RegExp(`^${escaped.join('[^/]+')}$`), parameters: parts.length - 1 };
}

/**
 * An OpenAPI schema as Ajv reads it: component refs point into the definitions schema, and an object
 * that lists its properties without saying `additionalProperties` is closed. (Ajv reads OpenAPI's
 * `nullable` itself.)
 */
function asJsonSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asJsonSchema);
  if (typeof value !== 'object' || value === null) return value;
  const schema: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === '$ref') schema[key] = componentRef(child);
    else if (key === 'example' || key === 'enum') schema[key] = child;
    else if ((key === 'properties' || key === 'definitions') && typeof child === 'object' && child !== null) schema[key] = schemasOf(child);
    else schema[key] = asJsonSchema(child);
  }
  const composed = 'allOf' in schema || 'anyOf' in schema || 'oneOf' in schema;
  if ('properties' in schema && !('additionalProperties' in schema) && !composed) schema['additionalProperties'] = false;
  return schema;
}

/** A map of names to schemas (`properties`, the components): the names are not keywords. */
function schemasOf(named: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(named).map(([name, schema]) => [name, asJsonSchema(schema)]));
}

function componentRef(ref: unknown): unknown {
  return typeof ref === 'string' && ref.startsWith(COMPONENT_REF) ? `${DEFINITIONS_ID}#/definitions/${ref.slice(COMPONENT_REF.length)}` : ref;
}

function paramsOf(params: Record<string, unknown>): string {
  const named = params['additionalProperty'] ?? params['missingProperty'] ?? params['allowedValues'];
  return named === undefined ? '' : ` (${JSON.stringify(named)})`;
}
