/**
 * The identity provider could not be asked (down, timing out, answering garbage, or not the issuer
 * it should be), so a token could not be verified either way: the caller should retry, not sign in
 * again. The reason is for the logs.
 */
export class IdentityProviderUnreachable extends Error {
  constructor(reason: string, options?: { cause?: unknown }) {
    super(reason, options);
    this.name = 'IdentityProviderUnreachable';
  }
}

/** An error's message with its cause's (fetch says only "fetch failed"; the cause says ECONNREFUSED). */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message;
}

/** Where the discovery document of an issuer is (OpenID Connect Discovery 1.0 §4). */
export function discoveryUrl(issuer: string): URL {
  return new URL(`${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`);
}

/**
 * The issuer's JWKS address, read from its discovery document on first use and kept for the life of
 * the process. Lazy on purpose: a service starts and is ready while the provider is still down, and
 * only the requests that need a key wait for it. Concurrent first uses share one request; a failure
 * is not kept, so the next request asks again.
 */
export class OidcDiscovery {
  private jwksUri: URL | undefined;
  private pending: Promise<URL> | undefined;

  constructor(
    private readonly issuer: string,
    private readonly timeoutMs: number,
  ) {}

  async jwksUriOf(): Promise<URL> {
    if (this.jwksUri !== undefined) return this.jwksUri;
    this.pending ??= this.discover().finally(() => (this.pending = undefined));
    this.jwksUri = await this.pending;
    return this.jwksUri;
  }

  private async discover(): Promise<URL> {
    const url = discoveryUrl(this.issuer);
    let document: unknown;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(this.timeoutMs), redirect: 'manual', headers: { accept: 'application/json' } });
      if (response.status !== 200) throw new Error(`answered HTTP ${response.status}`);
      document = await response.json();
    } catch (error: unknown) {
      throw new IdentityProviderUnreachable(`discovery document ${url.href}: ${describeFailure(error)}`, { cause: error });
    }
    const { issuer, jwks_uri: jwksUri } = (typeof document === 'object' && document !== null ? document : {}) as Record<string, unknown>;
    // OpenID Connect Discovery §4.3: the document must name exactly the issuer it was fetched for,
    // or a provider could vouch for keys of another.
    if (issuer !== this.issuer) {
      throw new IdentityProviderUnreachable(`discovery document ${url.href} names issuer ${JSON.stringify(issuer)}, not ${this.issuer} (OIDC_ISSUER must be the provider's issuer exactly)`);
    }
    if (typeof jwksUri !== 'string' || !URL.canParse(jwksUri)) {
      throw new IdentityProviderUnreachable(`discovery document ${url.href} has no valid jwks_uri`);
    }
    return new URL(jwksUri);
  }
}
