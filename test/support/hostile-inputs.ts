import { randomUUID } from 'node:crypto';
import type { FuzzDictionaries } from './schemathesis';

/**
 * The classes of input that broke the services before (issue 10, point 4) and that a schema-driven
 * generator rarely produces, sent to every operation an OpenAPI document lists: JSON nested far
 * deeper than any body, each query parameter repeated, and each top-level body field replaced by
 * an array, an object, a number in exponent notation and a string with a NUL byte. Each answer
 * must be below 500 and a status the document lists for the operation.
 */

interface Parameter {
  name: string;
  in: string;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: SchemaRef }> };
  responses?: Record<string, unknown>;
}

interface SchemaRef {
  $ref?: string;
  properties?: Record<string, unknown>;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, SchemaRef> };
}

export interface HostileProbe {
  operation: string;
  what: string;
  method: string;
  url: string;
  body: string | undefined;
  documented: string[];
}

export interface HostileFinding {
  probe: string;
  status: number;
  documented: string[];
  body: string;
}

export interface HostileFigures {
  operations: number;
  requests: number;
  serverErrors: number;
  nonConforming: number;
  /** How many answers of each status: mostly 400s, which shows the probes reach the validation. */
  statuses: Record<string, number>;
  findings: HostileFinding[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
/** Deeper than any recursion in the JSON handling could take, still far under the 100 kB body limit. */
const NESTING_DEPTH = 5_000;
const REPLACEMENTS: readonly (readonly [string, string])[] = [
  ['an array', '[]'],
  ['an object', '{}'],
  ['1e-7', '1e-7'],
  ['a NUL byte', JSON.stringify('a\u0000b')],
];

/** The probes for every operation of one document (the ids come from the seeded objects, else fresh UUIDs). */
export function hostileProbes(document: OpenApiDocument, baseUrl: string, dictionaries: FuzzDictionaries): HostileProbe[] {
  const probes: HostileProbe[] = [];
  for (const [template, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation === undefined) continue;
      const name = `${method.toUpperCase()} ${template}`;
      const documented = Object.keys(operation.responses ?? {});
      const path = template.replace(/\{([^}]+)\}/g, (_, parameter: string) => encodeURIComponent(dictionaries[parameter]?.[0] ?? randomUUID()));
      const probe = (what: string, query: string, body: string | undefined): HostileProbe => ({
        operation: name,
        what,
        method: method.toUpperCase(),
        url: `${baseUrl}${path}${query}`,
        body,
        documented,
      });
      for (const parameter of (operation.parameters ?? []).filter((candidate) => candidate.in === 'query')) {
        probes.push(probe(`query ${parameter.name} repeated`, `?${parameter.name}=1&${parameter.name}=2`, undefined));
      }
      const bodyFields = requestBodyFields(operation, document);
      if (bodyFields === undefined) continue;
      probes.push(probe(`a body nested ${NESTING_DEPTH} deep`, '', `${'['.repeat(NESTING_DEPTH)}${']'.repeat(NESTING_DEPTH)}`));
      probes.push(probe(`a body field nested ${NESTING_DEPTH} deep`, '', `{"${bodyFields[0] ?? 'x'}":${'{"a":'.repeat(NESTING_DEPTH)}1${'}'.repeat(NESTING_DEPTH)}}`));
      for (const field of bodyFields) {
        for (const [what, json] of REPLACEMENTS) probes.push(probe(`body ${field} = ${what}`, '', `{"${field}":${json}}`));
      }
    }
  }
  return probes;
}

/** The top-level property names of a JSON request body, or undefined when the operation takes none. */
function requestBodyFields(operation: Operation, document: OpenApiDocument): string[] | undefined {
  const schema = operation.requestBody?.content?.['application/json']?.schema;
  if (schema === undefined) return undefined;
  const resolved = schema.$ref === undefined ? schema : document.components?.schemas?.[schema.$ref.split('/').pop() ?? ''];
  return Object.keys(resolved?.properties ?? {});
}

export async function sendHostileProbes(probes: readonly HostileProbe[], headers: Record<string, string>): Promise<HostileFigures> {
  const findings: HostileFinding[] = [];
  const statuses: Record<string, number> = {};
  let serverErrors = 0;
  let nonConforming = 0;
  for (const probe of probes) {
    const response = await fetch(probe.url, {
      method: probe.method,
      headers: { ...headers, ...(probe.body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: probe.body,
      signal: AbortSignal.timeout(10_000),
    });
    // An event stream that accepted the request never ends: its status is all there is to check.
    const body = response.headers.get('content-type')?.startsWith('text/event-stream') ? (await response.body?.cancel(), '') : await response.text();
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    const isServerError = response.status >= 500;
    const isUndocumented = !probe.documented.includes(String(response.status));
    if (isServerError) serverErrors += 1;
    if (isUndocumented) nonConforming += 1;
    if (isServerError || isUndocumented) {
      findings.push({ probe: `${probe.operation}: ${probe.what}`, status: response.status, documented: probe.documented, body: body.slice(0, 300) });
    }
  }
  return { operations: new Set(probes.map((probe) => probe.operation)).size, requests: probes.length, serverErrors, nonConforming, statuses, findings };
}
