import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { AuthRoutes } from './auth/auth-routes';
import { OidcClient } from './auth/oidc-client';
import { SessionCookies } from './auth/session-cookies';
import type { ConsoleConfig } from './console.config';
import { sendError, sendJson } from './http/responses';
import { isSameOriginWrite } from './http/same-origin';
import { ApiProxy } from './proxy/api-proxy';
import { WebAssets } from './web-assets/web-assets';

/**
 * One origin for the browser: the web application, sign-in (`/auth/*`) and the services' APIs
 * (`/api/<service>/*`), so no CORS is needed and no service is exposed on its own (ADR 14).
 */
export function createConsoleServer(config: ConsoleConfig, logger: Logger): Server {
  const client = new OidcClient(config);
  const cookies = new SessionCookies(config);
  const publicOrigin = new URL(config.CONSOLE_PUBLIC_URL).origin;
  const auth = new AuthRoutes(client, cookies, config.CONSOLE_PUBLIC_URL, logger);
  const api = new ApiProxy(
    { membership: config.MEMBERSHIP_URL, matchmaking: config.MATCHMAKING_URL, opportunities: config.OPPORTUNITIES_URL, consortia: config.CONSORTIA_URL, network: config.NETWORK_URL },
    cookies,
    client,
    logger,
  );
  const assets = new WebAssets(config.CONSOLE_WEB_DIR, new URL(config.OIDC_ISSUER).origin);

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', publicOrigin);
    if (url.pathname === '/health/live' || url.pathname === '/health/ready') {
      sendJson(response, 200, { status: 'ok' });
      return;
    }
    if (!isSameOriginWrite(request, publicOrigin)) {
      sendError(response, 403, 'Forbidden', 'Cross-site request refused: changes come only from the console’s own pages');
      return;
    }
    if (await auth.handle(request, response, url)) return;
    if (await api.handle(request, response, url)) return;
    if (await assets.handle(request, response, url)) return;
    sendError(response, 404, 'Not Found', `Nothing at ${url.pathname}`);
  }

  return createServer((request, response) => {
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.debug({ method: request.method, path: request.url?.split('?')[0], status: response.statusCode, ms }, 'request');
    });
    route(request, response).catch((error: unknown) => {
      logger.error({ err: error, path: request.url?.split('?')[0] }, 'request failed');
      if (!response.headersSent) sendError(response, 500, 'Internal Server Error', 'The console failed to answer');
      else response.destroy();
    });
  });
}
