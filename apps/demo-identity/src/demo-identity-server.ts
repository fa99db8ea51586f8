import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import type { Logger } from 'pino';
import type { DemoIdentityConfig } from './demo-identity.config';
import { DemoUserDirectory } from './demo-users';
import { InteractionRoutes } from './interaction-routes';
import { pageHeaders } from './pages';
import { providerConfiguration } from './provider-configuration';
import { loadOrCreateSigningKeys } from './signing-keys';

/** Liveness and readiness, as the services answer them: the local platform waits on /health/ready. */
const HEALTH_PATHS = new Set(['/health/live', '/health/ready']);

export interface RunningDemoIdentity {
  readonly issuer: string;
  /** The port it listens on (OIDC_PORT, or the one picked when that was 0). */
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Starts the demo OpenID Connect provider: oidc-provider for the protocol (discovery, JWKS,
 * authorization, token, userinfo, revocation, sign-out), our routes for the sign-in pages, one
 * plain Node HTTP server for both. State (sessions, codes, refresh tokens) lives in memory: a
 * restart signs everybody out, which a demo can afford.
 */
export async function startDemoIdentity(config: DemoIdentityConfig, logger: Logger): Promise<RunningDemoIdentity> {
  const { keySet, created } = await loadOrCreateSigningKeys(config.OIDC_KEYS_FILE);
  if (created) logger.info({ file: config.OIDC_KEYS_FILE }, 'created a signing key');
  const cookieKeys = config.OIDC_COOKIE_KEYS.length > 0 ? config.OIDC_COOKIE_KEYS : [randomBytes(32).toString('base64url')];
  const headers = pageHeaders([...config.OIDC_CONSOLE_REDIRECT_URIS, ...config.OIDC_CONSOLE_POST_LOGOUT_URIS]);
  const users = new DemoUserDirectory(config.OIDC_USERS_FILE);

  const provider = new Provider(config.OIDC_ISSUER, providerConfiguration(config, keySet, users, cookieKeys, { headers }));
  provider.on('server_error', (_ctx, error) => logger.error({ err: error }, 'provider error'));
  provider.on('grant.error', (_ctx, error) => logger.info({ error: error.message }, 'token request refused'));
  provider.on('authorization.error', (_ctx, error) => logger.info({ error: error.message }, 'authorization request refused'));

  const interactions = new InteractionRoutes(provider, users, headers, logger);
  const protocol = provider.callback();
  const server: Server = createServer((request, response) => {
    if (request.method === 'GET' && HEALTH_PATHS.has(request.url ?? '')) {
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end('{"status":"ok"}');
    } else if (interactions.handles(request)) void interactions.handle(request, response);
    else void protocol(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.OIDC_PORT, config.OIDC_HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  logger.info({ issuer: config.OIDC_ISSUER, address: `${config.OIDC_HOST}:${port}`, signingKey: keySet.keys[0]?.kid }, 'demo identity provider ready');

  return {
    issuer: config.OIDC_ISSUER,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
