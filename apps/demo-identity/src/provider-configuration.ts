import type { Account, Configuration, KoaContextWithOIDC, ResourceServer } from 'oidc-provider';
import { errors } from 'oidc-provider';
import { CONSOLE_CLIENT_ID, type DemoIdentityConfig } from './demo-identity.config';
import type { DemoUser, DemoUserDirectory } from './demo-users';
import { firstPartyGrantLoader } from './first-party-grant';
import { logoutPage, messagePage } from './pages';
import type { PrivateKeySet } from './signing-keys';
import { SIGNING_ALGORITHM } from './signing-keys';

/** Access tokens live 15 minutes; the console refreshes them. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
/** A working day: the sign-in session, the refresh token and the grant behind them. */
const SESSION_TTL_SECONDS = 8 * 60 * 60;

/** The OAuth scope of the platform's APIs (the resource server); roles and clusters are claims, not scopes. */
export const API_SCOPE = 'api';

/**
 * The resource indicator (RFC 8707) naming the platform's APIs. It must be an absolute URI, which
 * an audience such as `icn-api` is not, so the two differ: clients may send this as `resource` (or
 * nothing: it is the default), the tokens name OIDC_AUDIENCE in `aud`.
 */
export const API_RESOURCE_INDICATOR = 'urn:icn:api';

/** The platform's claims, with the shapes the services accept (libs/platform token-claims). */
function platformClaimsOf(user: DemoUser): Record<string, string> {
  return {
    role: user.role,
    ...(user.clusterId !== undefined && { clusterId: user.clusterId }),
    ...(user.organisationId !== undefined && { organisationId: user.organisationId }),
  };
}

function accountOf(user: DemoUser): Account {
  return {
    accountId: user.username,
    claims: () => ({ sub: user.username, name: user.name, email: user.email, email_verified: true, ...platformClaimsOf(user) }),
  };
}

export interface ProviderPages {
  /** Headers every HTML page of the provider carries (CSP, no caching, …). */
  readonly headers: Readonly<Record<string, string>>;
}

function render(ctx: KoaContextWithOIDC, headers: ProviderPages['headers'], html: string): void {
  ctx.set(headers);
  ctx.type = 'html';
  ctx.body = html;
}

/**
 * oidc-provider's configuration for the demo: one confidential client (the console) using the
 * authorization code flow with PKCE S256 only, our own sign-in pages (devInteractions off), JWT
 * access tokens for the one API resource carrying the platform's role, cluster and organisation,
 * and refresh tokens for the console.
 */
export function providerConfiguration(
  config: DemoIdentityConfig,
  keySet: PrivateKeySet,
  users: DemoUserDirectory,
  cookieKeys: string[],
  pages: ProviderPages,
): Configuration {
  const apiServer: ResourceServer = {
    scope: API_SCOPE,
    audience: config.OIDC_AUDIENCE,
    accessTokenFormat: 'jwt',
    accessTokenTTL: ACCESS_TOKEN_TTL_SECONDS,
    jwt: { sign: { alg: SIGNING_ALGORITHM } },
  };
  return {
    clients: [
      {
        client_id: CONSOLE_CLIENT_ID,
        client_secret: config.OIDC_CONSOLE_CLIENT_SECRET,
        client_name: 'ICN console',
        redirect_uris: config.OIDC_CONSOLE_REDIRECT_URIS,
        post_logout_redirect_uris: config.OIDC_CONSOLE_POST_LOGOUT_URIS,
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    // The authorization code flow only (no implicit or hybrid: tokens never travel in URLs), and
    // every client, confidential ones included, must use PKCE (S256 is the only method offered).
    responseTypes: ['code'],
    pkce: { required: () => true },
    jwks: keySet,
    cookies: { keys: cookieKeys },
    claims: {
      openid: ['sub'],
      profile: ['name', 'role', 'clusterId', 'organisationId'],
      email: ['email', 'email_verified'],
    },
    // The ID token carries the profile claims even though the access token is for the API, so the
    // console knows who signed in without calling userinfo.
    conformIdTokenClaims: false,
    findAccount: async (_ctx, sub) => {
      const user = await users.find(sub);
      return user === undefined ? undefined : accountOf(user);
    },
    extraTokenClaims: async (_ctx, token) => {
      // Read at every issuance, refreshes included: a demo user's changed role shows in the next token.
      if (token.kind !== 'AccessToken' || token.accountId === undefined) return undefined;
      const user = await users.find(token.accountId);
      return user === undefined ? undefined : platformClaimsOf(user);
    },
    issueRefreshToken: async (_ctx, client) => client.clientId === CONSOLE_CLIENT_ID && client.grantTypeAllowed('refresh_token'),
    loadExistingGrant: firstPartyGrantLoader(CONSOLE_CLIENT_ID),
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API_RESOURCE_INDICATOR,
        // The code's resource also applies when the token request names none, so the console gets
        // an access token for the API (not an opaque one for userinfo) without sending `resource`.
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resourceIndicator) => {
          if (resourceIndicator !== API_RESOURCE_INDICATOR) throw new errors.InvalidTarget();
          return apiServer;
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => render(ctx, pages.headers, logoutPage(form)),
        postLogoutSuccessSource: (ctx) => render(ctx, pages.headers, messagePage('Signed out', 'You are signed out of the ICN demo identity provider.')),
      },
    },
    renderError: (ctx, out) =>
      render(ctx, pages.headers, messagePage('Sign-in could not continue', out.error_description ?? out.error, 'Return to the application and sign in again.')),
    ttl: {
      AccessToken: ACCESS_TOKEN_TTL_SECONDS,
      AuthorizationCode: 60,
      IdToken: ACCESS_TOKEN_TTL_SECONDS,
      Interaction: 15 * 60,
      RefreshToken: SESSION_TTL_SECONDS,
      Session: SESSION_TTL_SECONDS,
      Grant: SESSION_TTL_SECONDS,
    },
  };
}
