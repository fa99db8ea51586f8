import { mintToken } from '@icn/platform';
import { randomUUID } from 'node:crypto';
import type { Connection } from 'mongoose';

/** A network admin's bearer token for the test app started in this process (its JWT_SECRET). */
export function networkAdminToken(): string {
  const secret = process.env['JWT_SECRET'];
  if (secret === undefined) throw new Error('JWT_SECRET is not set: start the test app first');
  return mintToken({ sub: 'int:bad-input-admin', role: 'network-admin' }, secret, { issuer: 'icn-platform', expiresIn: '1h' });
}

/** One answer to a probe: the status and, for a JSON error body, the fields it names. */
export interface ProbeAnswer {
  status: number;
  fields: string[];
  body: unknown;
}

/** Sends `body` as the raw request text (so it can be JSON no serializer would produce). */
export async function sendRaw(baseUrl: string, method: string, path: string, options: { token?: string; body?: string } = {}): Promise<ProbeAnswer> {
  const headers: Record<string, string> = {};
  if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body: options.body });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    // not JSON (a calendar, an HTML page): kept as text
  }
  return { status: response.status, fields: fieldsNamedBy(body), body };
}

/** `{"<key>":{"<key>":…}}`, `depth` objects deep. */
export function deeplyNestedJson(depth: number, key = 'a'): string {
  return `${`{"${key}":`.repeat(depth - 1)}{}${'}'.repeat(depth - 1)}`;
}

function fieldsNamedBy(body: unknown): string[] {
  if (typeof body !== 'object' || body === null || !('details' in body) || !Array.isArray(body.details)) return [];
  return body.details.flatMap((detail: unknown) =>
    typeof detail === 'object' && detail !== null && 'field' in detail && typeof detail.field === 'string' ? [detail.field] : [],
  );
}

/**
 * Everything in the given aggregate collections, as one string: equal before and after a request
 * means the request wrote nothing there, and emitted nothing (events enter the outbox inside the
 * aggregate they change, in the same write).
 */
export async function collectionsContent(db: Connection, collections: readonly string[]): Promise<string> {
  // The outbox is left out: the relay empties it on its own schedule. A command that emits an event
  // also changes its aggregate (its version at least), which stays in.
  const contents = await Promise.all(
    collections.map(async (name) => [name, await db.collection(name).find({}, { projection: { outbox: 0 } }).sort({ _id: 1 }).toArray()] as const),
  );
  return JSON.stringify(contents);
}

/** What a sweep sent and what it found. */
export interface SweepReport {
  operations: number;
  requests: number;
  /** `METHOD path probe -> status` for each answer ≥ 500. */
  serverErrors: string[];
}

interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, OpenApiSchema> };
}
interface OpenApiOperation {
  parameters?: { name: string; in: string }[];
  requestBody?: { content?: Record<string, { schema?: OpenApiSchema }> };
}
interface OpenApiSchema {
  $ref?: string;
  properties?: Record<string, OpenApiSchema>;
  allOf?: OpenApiSchema[];
}

const WRITE_METHODS = new Set(['post', 'put', 'patch']);
const SHAPES: readonly [string, unknown][] = [
  ['an array', []],
  ['null', null],
  ['an object', { auditUnknownKey: 1 }],
  ['a NUL byte', 'a\u0000b'],
  ['a lone surrogate', 'a\ud800b'],
  ['exponent notation', 1e-7],
  ['a huge number', 1e308],
  ['a list of lists', [[1]]],
];

/**
 * Sends the shapes that used to cause 500s to every operation of a service's OpenAPI document:
 * a body nested `depth` levels, a top-level array, and each body property set in turn to each of
 * SHAPES; each query parameter repeated and with a NUL byte. Path parameters are random UUIDs, so
 * the probes exercise the request edge (parsing, validation, guards), where these inputs are
 * refused. Every answer must be below 500.
 */
export async function sweepForServerErrors(baseUrl: string, token: string, depth = 4_000): Promise<SweepReport> {
  const document = (await (await fetch(`${baseUrl}/docs-json`)).json()) as OpenApiDocument;
  const report: SweepReport = { operations: 0, requests: 0, serverErrors: [] };
  const send = async (method: string, path: string, probe: string, body?: string): Promise<void> => {
    const answer = await sendRaw(baseUrl, method.toUpperCase(), path, { token, body });
    report.requests += 1;
    if (answer.status >= 500) report.serverErrors.push(`${method.toUpperCase()} ${path} ${probe} -> ${answer.status}`);
  };
  for (const [template, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      report.operations += 1;
      const path = template.replace(/\{[^}]+\}/g, () => randomUUID());
      for (const parameter of (operation.parameters ?? []).filter((item) => item.in === 'query')) {
        const name = encodeURIComponent(parameter.name);
        await send(method, `${path}?${name}=1&${name}=2`, `repeated ${parameter.name}`);
        await send(method, `${path}?${name}=a%00b`, `NUL in ${parameter.name}`);
      }
      if (!WRITE_METHODS.has(method)) continue;
      await send(method, path, `${depth} levels deep`, deeplyNestedJson(depth));
      await send(method, path, 'a top-level array', '[]');
      const schema = resolve(document, operation.requestBody?.content?.['application/json']?.schema);
      for (const property of Object.keys(propertiesOf(document, schema))) {
        for (const [label, value] of SHAPES) await send(method, path, `${property} as ${label}`, JSON.stringify({ [property]: value }));
      }
    }
  }
  return report;
}

function resolve(document: OpenApiDocument, schema: OpenApiSchema | undefined): OpenApiSchema | undefined {
  if (schema?.$ref === undefined) return schema;
  return document.components?.schemas?.[schema.$ref.replace('#/components/schemas/', '')];
}

function propertiesOf(document: OpenApiDocument, schema: OpenApiSchema | undefined): Record<string, OpenApiSchema> {
  if (schema === undefined) return {};
  const inherited = (schema.allOf ?? []).map((part) => propertiesOf(document, resolve(document, part)));
  return Object.assign({}, ...inherited, schema.properties ?? {}) as Record<string, OpenApiSchema>;
}
