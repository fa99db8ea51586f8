import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { redirect, sendError, sendJson } from '../http/responses';
import { currentSession } from './current-session';
import { type OidcClient, SignInError } from './oidc-client';
import { safeReturnPath } from './session';
import type { SessionCookies } from './session-cookies';

const nowSeconds = (): number => Math.floor(Date.now() / 1000);

/** `/auth/login`, `/auth/callback`, `/auth/me` and `/auth/logout`. */
export class AuthRoutes {
  constructor(
    private readonly client: OidcClient,
    private readonly cookies: SessionCookies,
    private readonly publicUrl: string,
    private readonly logger: Logger,
  ) {}

  async handle(request: IncomingMessage, response: ServerResponse, url: URL): Promise<boolean> {
    switch (`${request.method ?? 'GET'} ${url.pathname}`) {
      case 'GET /auth/login':
        await this.login(response, url);
        return true;
      case 'GET /auth/callback':
        await this.callback(request, response, url);
        return true;
      case 'GET /auth/me':
        await this.me(request, response);
        return true;
      case 'POST /auth/logout':
        await this.logout(response);
        return true;
      default:
        return false;
    }
  }

  private async login(response: ServerResponse, url: URL): Promise<void> {
    let started: Awaited<ReturnType<OidcClient['startSignIn']>>;
    try {
      started = await this.client.startSignIn(safeReturnPath(url.searchParams.get('returnTo')));
    } catch (error: unknown) {
      this.logger.warn({ err: error }, 'the OpenID provider is unreachable');
      sendError(response, 503, 'Service Unavailable', 'Sign-in is unavailable: the identity provider does not answer. Try again in a moment.');
      return;
    }
    redirect(response, started.url.toString(), [this.cookies.writeLogin(started.state)]);
  }

  private async callback(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const login = this.cookies.login(request);
    if (login === undefined) {
      // Expired, or the callback was opened in another browser: start again.
      redirect(response, '/auth/login', [this.cookies.clearLogin()]);
      return;
    }
    const callbackUrl = new URL(`${url.pathname}${url.search}`, this.publicUrl);
    try {
      const session = await this.client.finishSignIn(callbackUrl, login, nowSeconds());
      redirect(response, login.returnTo, [this.cookies.clearLogin(), this.cookies.writeSession(session, nowSeconds())]);
    } catch (error: unknown) {
      if (!(error instanceof SignInError)) throw error;
      this.logger.warn({ reason: error.message }, 'sign-in refused');
      redirect(response, '/?signIn=failed', [this.cookies.clearLogin()]);
    }
  }

  private async me(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const current = await currentSession(request, this.cookies, this.client, nowSeconds());
    if (current === undefined) {
      sendError(response, 401, 'Unauthorized', 'Not signed in');
      return;
    }
    sendJson(response, 200, { user: current.session.user }, current.cookies.length > 0 ? { 'set-cookie': current.cookies } : {});
  }

  private async logout(response: ServerResponse): Promise<void> {
    const cookies = [this.cookies.clearSession()];
    try {
      redirect(response, (await this.client.signOutUrl()).toString(), cookies);
    } catch {
      redirect(response, '/', cookies); // the provider is down: the console session ends anyway
    }
  }
}
