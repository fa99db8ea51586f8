import * as oidc from 'openid-client';
import type { ConsoleConfig } from '../console.config';
import { type ConsoleUser, type LoginState, type Session, userFromClaims } from './session';

const SCOPE = 'openid profile email';

export class SignInError extends Error {}

/**
 * The console as an OpenID Connect confidential client: authorization code with PKCE (S256), state
 * and nonce, and refresh. No resource indicator is sent: the provider issues the console's access
 * tokens for the platform's API by default (its `aud` is what the services check, OIDC_AUDIENCE), and
 * RFC 8707 wants an absolute URI there, which a bare audience such as `icn-api` is not. Discovery is lazy and retried, so the console starts and serves its pages while the
 * provider is still starting.
 */
export class OidcClient {
  private configuration: Promise<oidc.Configuration> | undefined;

  constructor(private readonly config: ConsoleConfig) {}

  private get redirectUri(): string {
    return new URL('/auth/callback', this.config.CONSOLE_PUBLIC_URL).toString();
  }

  private discover(): Promise<oidc.Configuration> {
    this.configuration ??= oidc
      .discovery(
        new URL(this.config.OIDC_ISSUER),
        this.config.OIDC_CLIENT_ID,
        this.config.OIDC_CLIENT_SECRET,
        undefined,
        // http is refused by default; a local or test provider on loopback has no TLS.
        new URL(this.config.OIDC_ISSUER).protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.configuration = undefined; // try again on the next sign-in
        throw error;
      });
    return this.configuration;
  }

  async startSignIn(returnTo: string): Promise<{ url: URL; state: LoginState }> {
    const configuration = await this.discover();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state: LoginState = { codeVerifier, state: oidc.randomState(), nonce: oidc.randomNonce(), returnTo };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: SCOPE,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state: state.state,
      nonce: state.nonce,
    });
    return { url, state };
  }

  /** Exchanges the code; throws SignInError when the answer does not belong to this sign-in. */
  async finishSignIn(callbackUrl: URL, login: LoginState, now: number): Promise<Session> {
    const configuration = await this.discover();
    let tokens: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers;
    try {
      tokens = await oidc.authorizationCodeGrant(
        configuration,
        callbackUrl,
        { pkceCodeVerifier: login.codeVerifier, expectedState: login.state, expectedNonce: login.nonce, idTokenExpected: true },
      );
    } catch (error: unknown) {
      throw new SignInError(error instanceof Error ? error.message : 'the provider refused the sign-in');
    }
    const user = userFromClaims(tokens.claims() ?? {});
    if (user === undefined) throw new SignInError('the ID token names no platform role');
    return this.sessionFrom(tokens, user, now, now);
  }

  async refresh(session: Session, now: number): Promise<Session | undefined> {
    if (session.refreshToken === undefined) return undefined;
    const configuration = await this.discover();
    try {
      const tokens = await oidc.refreshTokenGrant(configuration, session.refreshToken);
      return this.sessionFrom(tokens, session.user, session.signedInAt, now, session.refreshToken);
    } catch {
      return undefined; // revoked or expired: the person signs in again
    }
  }

  async signOutUrl(): Promise<URL> {
    const configuration = await this.discover();
    return oidc.buildEndSessionUrl(configuration, {
      client_id: this.config.OIDC_CLIENT_ID,
      post_logout_redirect_uri: new URL('/', this.config.CONSOLE_PUBLIC_URL).toString(),
    });
  }

  private sessionFrom(
    tokens: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers,
    user: ConsoleUser,
    signedInAt: number,
    now: number,
    previousRefreshToken?: string,
  ): Session {
    const refreshToken = tokens.refresh_token ?? previousRefreshToken;
    return {
      user,
      accessToken: tokens.access_token,
      accessTokenExpiresAt: now + (tokens.expiresIn() ?? 300),
      signedInAt,
      ...(refreshToken !== undefined && { refreshToken }),
    };
  }
}
