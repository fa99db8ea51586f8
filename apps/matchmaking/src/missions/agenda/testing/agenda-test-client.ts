import { mintToken, type Role } from '@icn/platform';

export interface AgendaHttpResult {
  status: number;
  /** Parsed JSON, or undefined for an empty or non-JSON body (see `text`). */
  body: unknown;
  text: string;
  contentType: string | null;
}

/** Who a test request acts as; turned into a bearer token signed with the app's secret. */
export interface AgendaTestPrincipal {
  role: Exclude<Role, 'integrator'>;
  clusterId?: string;
  organisationId?: string;
}

/**
 * Calls the running matchmaking app as a given principal, like the Passport's test client, but
 * also hands back the raw text and content type: the participants' calendars are text/calendar.
 */
export class AgendaTestClient {
  constructor(private readonly baseUrl: string) {}

  async request(method: 'GET' | 'POST' | 'PUT', path: string, as: AgendaTestPrincipal, body?: object, idempotencyKey?: string): Promise<AgendaHttpResult> {
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
    const contentType = response.headers.get('content-type');
    const json = contentType?.includes('application/json') === true && text !== '' ? (JSON.parse(text) as unknown) : undefined;
    return { status: response.status, body: json, text, contentType };
  }
}

function tokenFor(as: AgendaTestPrincipal): string {
  const secret = process.env['JWT_SECRET'];
  if (secret === undefined) throw new Error('JWT_SECRET is not set: start the test app first');
  const subject = ['int', as.role, as.clusterId, as.organisationId].filter((part) => part !== undefined).join(':');
  return mintToken({ sub: subject, role: as.role, clusterId: as.clusterId, organisationId: as.organisationId }, secret, { issuer: 'icn-platform', expiresIn: '1h' });
}
