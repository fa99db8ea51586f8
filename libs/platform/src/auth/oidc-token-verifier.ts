import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  errors,
  jwtVerify,
  type CryptoKey,
  type FlattenedJWSInput,
  type JWTHeaderParameters,
  type JWTPayload,
} from 'jose';
import { OIDC_ALGORITHMS, OidcOptions } from './auth-options';
import { describeFailure, IdentityProviderUnreachable, OidcDiscovery } from './oidc-discovery';

/** A token's signature and registered claims, checked; or why not (`unavailable`: the IdP could not be asked). */
export type SignatureCheck = { ok: true; claims: JWTPayload } | { ok: false; reason: string; unavailable?: true };

const DEFAULT_JWKS_REFETCH_COOLDOWN_MS = 30_000;
const DEFAULT_REQUEST_TIMEOUT_MS = 5_000;

type RemoteKeySet = ReturnType<typeof createRemoteJWKSet>;

/**
 * Verifies access tokens of one OpenID Connect provider: signed with a key of the issuer's JWKS
 * (found through its discovery document), by an asymmetric algorithm, `iss` equal to the issuer and
 * `aud` containing the configured audience. Keys are jose's remote key set: cached, fetched again
 * after 10 minutes and, once the cool-down has passed, when a token names a `kid` it does not hold,
 * which is how a rotation at the provider is picked up without a restart.
 */
export class OidcTokenVerifier {
  private readonly discovery: OidcDiscovery;
  private keySet: RemoteKeySet | undefined;

  constructor(
    private readonly options: OidcOptions,
    private readonly clockToleranceSeconds: number,
  ) {
    this.discovery = new OidcDiscovery(options.issuer, options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS);
  }

  async verify(token: string): Promise<SignatureCheck> {
    // Tokens that are not this issuer's are refused before anything is fetched, so garbage or
    // another issuer's token is a 401 even while the provider is down, and never makes us call it.
    let issuer: unknown;
    try {
      issuer = decodeJwt(token).iss;
    } catch {
      return { ok: false, reason: 'not a JWT' };
    }
    if (issuer !== this.options.issuer) return { ok: false, reason: `iss is not ${this.options.issuer}` };
    try {
      const { payload } = await jwtVerify(token, (header, input) => this.keyFor(header, input), {
        algorithms: [...OIDC_ALGORITHMS],
        issuer: this.options.issuer,
        audience: this.options.audience,
        clockTolerance: this.clockToleranceSeconds,
      });
      return { ok: true, claims: payload };
    } catch (error: unknown) {
      if (error instanceof IdentityProviderUnreachable) return { ok: false, reason: error.message, unavailable: true };
      return { ok: false, reason: error instanceof Error ? error.message : 'invalid token' };
    }
  }

  private async keyFor(header: JWTHeaderParameters, input: FlattenedJWSInput): Promise<CryptoKey> {
    const keySet = await this.remoteKeySet();
    try {
      return await keySet(header, input);
    } catch (error: unknown) {
      if (isKeySelectionError(error)) throw error;
      // The provider did not answer (or answered garbage). While it is away, the keys it published
      // last still verify the tokens it signed with them: only a token needing a key never seen
      // has to wait for it.
      const lastKnown = keySet.jwks();
      if (lastKnown !== undefined) {
        try {
          return await createLocalJWKSet(lastKnown)(header, input);
        } catch (fallbackError: unknown) {
          if (!(fallbackError instanceof errors.JWKSNoMatchingKey)) throw fallbackError;
        }
      }
      throw new IdentityProviderUnreachable(`JWKS of ${this.options.issuer}: ${describeFailure(error)}`, { cause: error });
    }
  }

  private async remoteKeySet(): Promise<RemoteKeySet> {
    if (this.keySet !== undefined) return this.keySet;
    const jwksUri = await this.discovery.jwksUriOf();
    this.keySet ??= createRemoteJWKSet(jwksUri, {
      cooldownDuration: this.options.jwksRefetchCooldownMs ?? DEFAULT_JWKS_REFETCH_COOLDOWN_MS,
      timeoutDuration: this.options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    });
    return this.keySet;
  }
}

/** Errors of picking a key from a key set that was fetched: the token's fault, not the provider's. */
function isKeySelectionError(error: unknown): boolean {
  return error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys || error instanceof errors.JOSENotSupported;
}
