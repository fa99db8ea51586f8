import type { IncomingMessage } from 'node:http';
import type { ConsoleConfig } from '../console.config';
import { clearCookie, readCookies, setCookie } from '../http/cookies';
import { CookieSealer } from './sealed-cookie';
import { asLoginState, asSession, type LoginState, type Session } from './session';

const SESSION_COOKIE = 'icn_session';
const LOGIN_COOKIE = 'icn_login';
const LOGIN_COOKIE_PATH = '/auth';
const LOGIN_MAX_AGE_SECONDS = 600;

/** Reads and writes the two sealed cookies: the session, and a sign-in in progress. */
export class SessionCookies {
  private readonly sessions: CookieSealer;
  private readonly logins: CookieSealer;
  private readonly secure: boolean;

  constructor(private readonly config: ConsoleConfig) {
    this.sessions = new CookieSealer(config.CONSOLE_SESSION_SECRET, 'session');
    this.logins = new CookieSealer(config.CONSOLE_SESSION_SECRET, 'login');
    this.secure = new URL(config.CONSOLE_PUBLIC_URL).protocol === 'https:';
  }

  session(request: IncomingMessage, now: number): Session | undefined {
    const sealed = readCookies(request).get(SESSION_COOKIE);
    const session = sealed === undefined ? undefined : asSession(this.sessions.unseal(sealed));
    if (session === undefined || now >= session.signedInAt + this.config.CONSOLE_SESSION_MAX_AGE_SECONDS) return undefined;
    return session;
  }

  writeSession(session: Session, now: number): string {
    const remaining = session.signedInAt + this.config.CONSOLE_SESSION_MAX_AGE_SECONDS - now;
    return setCookie(SESSION_COOKIE, this.sessions.seal(session), { maxAgeSeconds: Math.max(0, remaining), path: '/', secure: this.secure });
  }

  clearSession(): string {
    return clearCookie(SESSION_COOKIE, '/', this.secure);
  }

  login(request: IncomingMessage): LoginState | undefined {
    const sealed = readCookies(request).get(LOGIN_COOKIE);
    return sealed === undefined ? undefined : asLoginState(this.logins.unseal(sealed));
  }

  writeLogin(state: LoginState): string {
    return setCookie(LOGIN_COOKIE, this.logins.seal(state), { maxAgeSeconds: LOGIN_MAX_AGE_SECONDS, path: LOGIN_COOKIE_PATH, secure: this.secure });
  }

  clearLogin(): string {
    return clearCookie(LOGIN_COOKIE, LOGIN_COOKIE_PATH, this.secure);
  }
}
