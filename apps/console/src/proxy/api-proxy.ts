import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Logger } from 'pino';
import { currentSession } from '../auth/current-session';
import type { OidcClient } from '../auth/oidc-client';
import type { SessionCookies } from '../auth/session-cookies';
import { sendError } from '../http/responses';

export const API_SERVICES = ['membership', 'matchmaking', 'opportunities', 'consortia', 'network'] as const;
export type ApiService = (typeof API_SERVICES)[number];

/** Headers a browser may send that the services understand; cookies and credentials never pass. */
const FORWARDED_REQUEST_HEADERS = [
  'accept',
  'accept-language',
  'content-type',
  'content-length',
  'content-encoding',
  'idempotency-key',
  'last-event-id',
  'if-none-match',
  'if-match',
  'x-correlation-id',
] as const;

/** Hop-by-hop headers (RFC 9110 §7.6.1) and cookies stay on their side of the proxy. */
const DROPPED_RESPONSE_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'set-cookie']);

const API_PATH = /^\/api\/([a-z]+)(\/.*)?$/;

/**
 * Reads whose credential is in the address, for programs that have no session: a calendar app
 * subscribed to a subscription's iCalendar feed (`?token=` shown once; the service answers 404 to a
 * wrong one). They pass without a session and without anyone's access token.
 */
const PUBLIC_READS: Readonly<Partial<Record<ApiService, RegExp>>> = {
  opportunities: /^\/subscriptions\/[^/]+\/calendar\.ics$/,
};

/**
 * `/api/<service>/<path>` → `<service URL>/<path>`, with the signed-in person's access token as
 * the bearer. Bodies and answers stream both ways unbuffered, so Server-Sent Events pass through
 * as they are written, and a browser that goes away closes the upstream request too.
 */
export class ApiProxy {
  constructor(
    private readonly serviceUrls: Readonly<Record<ApiService, string>>,
    private readonly cookies: SessionCookies,
    private readonly client: OidcClient,
    private readonly logger: Logger,
  ) {}

  async handle(request: IncomingMessage, response: ServerResponse, url: URL): Promise<boolean> {
    const match = API_PATH.exec(url.pathname);
    if (match === null) return false;
    const service = API_SERVICES.find((name) => name === match[1]);
    if (service === undefined) {
      sendError(response, 404, 'Not Found', `No API named ${match[1] ?? ''}: the console serves ${API_SERVICES.join(', ')}`);
      return true;
    }
    const target = new URL(`${match[2] ?? '/'}${url.search}`, this.serviceUrls[service]);
    if ((request.method === 'GET' || request.method === 'HEAD') && PUBLIC_READS[service]?.test(match[2] ?? '') === true) {
      this.forward(request, response, target, undefined, []);
      return true;
    }
    const current = await currentSession(request, this.cookies, this.client, Math.floor(Date.now() / 1000));
    if (current === undefined) {
      sendError(response, 401, 'Unauthorized', 'Not signed in, or the sign-in has expired');
      return true;
    }
    this.forward(request, response, target, current.session.accessToken, current.cookies);
    return true;
  }

  private forward(request: IncomingMessage, response: ServerResponse, target: URL, accessToken: string | undefined, cookies: string[]): void {
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const headers = { ...forwardedHeaders(request.headers), ...(accessToken !== undefined && { authorization: `Bearer ${accessToken}` }) };
    const upstream = send(target, { method: request.method, headers }, (answer) => {
      const headers: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(answer.headers)) {
        if (value !== undefined && !DROPPED_RESPONSE_HEADERS.has(name)) headers[name] = value;
      }
      if (cookies.length > 0) headers['set-cookie'] = cookies;
      response.writeHead(answer.statusCode ?? 502, headers);
      answer.pipe(response);
    });
    upstream.on('error', (error) => {
      this.logger.warn({ err: error, target: target.origin }, 'service unreachable');
      if (!response.headersSent) sendError(response, 502, 'Bad Gateway', `The ${target.host} service does not answer`);
      else response.destroy();
    });
    // The browser closed the stream (an SSE tab, a cancelled fetch): stop the upstream request.
    response.on('close', () => upstream.destroy());
    request.pipe(upstream);
  }
}

function forwardedHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const forwarded: Record<string, string> = {};
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = headers[name];
    if (typeof value === 'string') forwarded[name] = value;
  }
  return forwarded;
}
