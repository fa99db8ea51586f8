import { isRole, type Role } from '@icn/platform';

/** Who is signed in, as the web application shows it (never the tokens). */
export interface ConsoleUser {
  subject: string;
  name: string;
  email?: string;
  role: Exclude<Role, 'integrator'>;
  clusterId?: string;
  organisationId?: string;
}

/** What the sealed session cookie holds. */
export interface Session {
  user: ConsoleUser;
  accessToken: string;
  /** Epoch seconds. */
  accessTokenExpiresAt: number;
  refreshToken?: string;
  /** Epoch seconds; the session ends CONSOLE_SESSION_MAX_AGE_SECONDS later, refreshes or not. */
  signedInAt: number;
}

/** The state of one sign-in between the redirect to the provider and its answer. */
export interface LoginState {
  codeVerifier: string;
  state: string;
  nonce: string;
  returnTo: string;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/**
 * The person from the ID token's claims. The role and scope claims decide only what the console
 * shows; what the person may do is decided by each service from the access token.
 */
export function userFromClaims(claims: Record<string, unknown>): ConsoleUser | undefined {
  const subject = text(claims['sub']);
  const role = claims['role'];
  if (subject === undefined || !isRole(role) || role === 'integrator') return undefined;
  const email = text(claims['email']);
  const clusterId = text(claims['clusterId']);
  const organisationId = text(claims['organisationId']);
  return {
    subject,
    name: text(claims['name']) ?? email ?? subject,
    role,
    ...(email !== undefined && { email }),
    ...(clusterId !== undefined && { clusterId }),
    ...(organisationId !== undefined && { organisationId }),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A cookie's content is trusted only after unsealing; its shape is still checked, for old versions. */
export function asSession(value: unknown): Session | undefined {
  if (!isObject(value) || !isObject(value['user'])) return undefined;
  const user = userFromClaims({ ...value['user'], sub: value['user']['subject'] });
  const { accessToken, accessTokenExpiresAt, refreshToken, signedInAt } = value;
  if (user === undefined || typeof accessToken !== 'string' || typeof accessTokenExpiresAt !== 'number' || typeof signedInAt !== 'number') {
    return undefined;
  }
  return { user, accessToken, accessTokenExpiresAt, signedInAt, ...(typeof refreshToken === 'string' && { refreshToken }) };
}

export function asLoginState(value: unknown): LoginState | undefined {
  if (!isObject(value)) return undefined;
  const { codeVerifier, state, nonce, returnTo } = value;
  if (typeof codeVerifier !== 'string' || typeof state !== 'string' || typeof nonce !== 'string' || typeof returnTo !== 'string') return undefined;
  return { codeVerifier, state, nonce, returnTo };
}

/**
 * Only a path of this console may follow a sign-in: `//evil.example` or `/\evil` would make the
 * callback an open redirect.
 */
export function safeReturnPath(candidate: string | null | undefined): string {
  if (candidate === null || candidate === undefined || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.includes('\\')) {
    return '/';
  }
  return candidate;
}
