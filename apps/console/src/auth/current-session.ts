import type { IncomingMessage } from 'node:http';
import type { OidcClient } from './oidc-client';
import type { Session } from './session';
import type { SessionCookies } from './session-cookies';

/** Refresh this long before the access token expires, so a request never reaches a service with a dying token. */
const REFRESH_MARGIN_SECONDS = 30;

export interface CurrentSession {
  session: Session;
  /** Set-Cookie to send back when the tokens were refreshed. */
  cookies: string[];
}

/**
 * The request's session with a usable access token: refreshed through the provider when it is about
 * to expire, undefined when there is none or it cannot be refreshed (the person signs in again).
 */
export async function currentSession(request: IncomingMessage, cookies: SessionCookies, client: OidcClient, now: number): Promise<CurrentSession | undefined> {
  const session = cookies.session(request, now);
  if (session === undefined) return undefined;
  if (session.accessTokenExpiresAt - REFRESH_MARGIN_SECONDS > now) return { session, cookies: [] };
  const refreshed = await client.refresh(session, now);
  if (refreshed === undefined) return undefined;
  return { session: refreshed, cookies: [cookies.writeSession(refreshed, now)] };
}
