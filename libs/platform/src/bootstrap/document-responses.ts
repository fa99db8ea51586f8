import type { OpenAPIObject } from '@nestjs/swagger';
import { ERROR_BODY_SCHEMA, ERROR_BODY_SCHEMA_NAME } from '../errors/error-body.schema';
import type { RouteFacts } from './route-facts';

type PathItem = OpenAPIObject['paths'][string];
type Operation = NonNullable<PathItem['get']>;
type Responses = Operation['responses'];
type Response = Extract<Responses[string], { description: string }>;

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const WRITE_METHODS: ReadonlySet<string> = new Set(['post', 'put', 'patch', 'delete']);

/** Why each standard error happens, as a client reads it in the document. */
const STANDARD_ERRORS = {
  400: 'Invalid input: the body (malformed JSON, too deep, unknown or invalid fields), a path, query or header value; `details` names each field and why.',
  401: 'No, malformed, invalid or expired credentials (bearer token or X-API-Key).',
  403: 'The caller’s role or scope (cluster, organisation) does not allow this operation on this object.',
  404: 'An object the path or the body names does not exist (or is not visible to the caller).',
  409: 'The object’s current state does not allow it (the message says why), or a retry with the same Idempotency-Key while the first attempt still runs.',
  413: 'The request body exceeds the size limit.',
  415: 'The request body’s encoding or charset is not supported.',
  422: 'The Idempotency-Key was already used with a different request.',
  429: 'Too many requests from this client; retry later.',
} as const;
type StandardStatus = keyof typeof STANDARD_ERRORS;

/**
 * Completes what @nestjs/swagger derives from the decorators so that the document says what the
 * API really answers, for every operation, without each controller repeating it:
 * - the error body is one component (`ErrorBody`), referred to by every error response;
 * - every operation lists the error statuses the shared pipeline can give it: 400 wherever there is
 *   input, 401/403 unless `@Public()`, 404 where the path or a write's body names an object, 409
 *   on writes, 422 with `@Idempotent()`, 413/415 with a body, 429 unless `@SkipThrottle()`;
 *   hand-written descriptions of the same statuses are kept;
 * - the success status is the one the route really answers (`@HttpCode`, else 201 for POST): a
 *   hand-written response for another 2xx is moved to it; its media types are `@ApiProduces`';
 * - public operations say so (`security: []`) instead of inheriting the global requirement.
 * An operation whose facts are unknown (not a Nest route of this app) is left as it is.
 */
export function documentResponses(document: OpenAPIObject, facts: ReadonlyMap<string, RouteFacts>): OpenAPIObject {
  document.components ??= {};
  document.components.schemas ??= {};
  document.components.schemas[ERROR_BODY_SCHEMA_NAME] = ERROR_BODY_SCHEMA;
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation === undefined) continue;
      const route = operation.operationId === undefined ? undefined : facts.get(operation.operationId);
      if (route === undefined) continue;
      if (route.isPublic) operation.security = [];
      documentSuccess(operation.responses, route.successStatus, route.produces);
      for (const status of standardErrors(path, method, operation, route)) {
        operation.responses[status] ??= { description: STANDARD_ERRORS[status] };
      }
      referErrorBody(operation.responses);
    }
  }
  return document;
}

function standardErrors(path: string, method: string, operation: Operation, route: RouteFacts): StandardStatus[] {
  const hasBody = operation.requestBody !== undefined;
  const hasInput = hasBody || (operation.parameters?.length ?? 0) > 0 || WRITE_METHODS.has(method);
  const statuses: StandardStatus[] = [];
  if (hasInput) statuses.push(400);
  if (!route.isPublic) statuses.push(401, 403);
  // A write's body names the objects it links (an organisation, a cluster, a call), looked up too.
  if (path.includes('{') || (hasBody && WRITE_METHODS.has(method))) statuses.push(404);
  if (WRITE_METHODS.has(method) || route.idempotent) statuses.push(409);
  if (hasBody) statuses.push(413, 415);
  if (route.idempotent) statuses.push(422);
  if (route.throttled) statuses.push(429);
  return statuses;
}

function documentSuccess(responses: Responses, successStatus: number, produces: readonly string[]): void {
  const real = String(successStatus);
  const documented = Object.keys(responses).filter((status) => status.startsWith('2'));
  const [only] = documented;
  if (responses[real] === undefined && documented.length === 1 && only !== undefined) {
    responses[real] = responses[only] as Response;
    delete responses[only];
  }
  const response = (responses[real] ??= { description: 'Success.' });
  // @ApiProduces alone does not reach a response without a type: say what the body is (a client
  // and a fuzzer must know that an event stream never ends).
  if (produces.length > 0 && !('$ref' in response) && response.content === undefined) {
    response.content = Object.fromEntries(produces.map((mediaType) => [mediaType, { schema: mediaType === EVENT_STREAM ? SERVER_SENT_EVENT : { type: 'string' } }]));
  }
}

const EVENT_STREAM = 'text/event-stream';

/** For an event stream, the schema describes each event (as OpenAPI 3.2 and validators read it). */
const SERVER_SENT_EVENT = {
  type: 'object',
  description: 'One Server-Sent Event.',
  properties: {
    id: { type: 'string' },
    event: { type: 'string' },
    data: { type: 'string' },
    retry: { type: 'integer', minimum: 0 },
  },
} as const;

/** Every 4xx/5xx without a body of its own (hand-written ones included) gets the ErrorBody. */
function referErrorBody(responses: Responses): void {
  for (const [status, response] of Object.entries(responses)) {
    if (response === undefined || !/^[45]/.test(status) || '$ref' in response || response.content !== undefined) continue;
    response.content = { 'application/json': { schema: { $ref: `#/components/schemas/${ERROR_BODY_SCHEMA_NAME}` } } };
  }
}
