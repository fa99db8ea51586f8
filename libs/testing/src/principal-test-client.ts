// Tests mint tokens the way the platform verifies them; production code in libs/testing does not exist.
import { mintToken, type Role } from '@icn/platform';
import type { DocumentedResponses } from './openapi-responses';

export interface HttpResult {
  status: number;
  /** Parsed JSON; undefined for an empty body; the raw text when it is not JSON (e.g. text/calendar). */
  body: unknown;
  text: string;
  contentType: string | null;
}

/** Who a test request acts as; turned into a bearer token signed with the app's secret. */
export interface TestPrincipal {
  /** Integrators authenticate with API keys, not tokens. */
  role: Exclude<Role, 'integrator'>;
  clusterId?: string;
  organisationId?: string;
}

/**
 * Calls a service started in-process by an integration test, as a given principal. Tokens are minted
 * with the JWT_SECRET the test app put in the environment, so every role and scope can be exercised.
 * Given the service's DocumentedResponses, every answer is also checked against its OpenAPI document
 * and one that does not fit fails the request (so a test's whole flow checks the document too).
 */
export class PrincipalTestClient {
  constructor(
    private readonly baseUrl: string,
    private readonly documented?: DocumentedResponses,
  ) {}

  async request(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, as: TestPrincipal, body?: object, idempotencyKey?: string): Promise<HttpResult> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${tokenFor(as)}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const result = { status: response.status, body: parseBody(text), text, contentType: response.headers.get('content-type') };
    const problems = this.documented?.problems(method, path, result) ?? [];
    if (problems.length > 0) throw new Error(`the answer is not as the OpenAPI document says:\n${problems.join('\n')}`);
    return result;
  }
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function tokenFor(as: TestPrincipal): string {
  const secret = process.env['JWT_SECRET'];
  if (secret === undefined) throw new Error('JWT_SECRET is not set: start the test app first');
  return mintToken({ sub: subjectOf(as), role: as.role, clusterId: as.clusterId, organisationId: as.organisationId }, secret, {
    issuer: 'icn-platform',
    expiresIn: '1h',
  });
}

/** A stable subject per principal: Idempotency-Key replays are only honoured for the same caller. */
function subjectOf(as: TestPrincipal): string {
  return ['int', as.role, as.clusterId, as.organisationId].filter((part) => part !== undefined).join(':');
}
