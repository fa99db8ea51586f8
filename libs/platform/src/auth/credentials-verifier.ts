import { Inject, Injectable } from '@nestjs/common';
import { decodeProtectedHeader } from 'jose';
import { IntegratorApiKey, matchApiKey, parseIntegratorApiKeys } from './api-key';
import { AUTH_OPTIONS, AuthOptions, JWT_ALGORITHM, OIDC_ALGORITHMS } from './auth-options';
import { DEFAULT_JWT_ISSUER } from './development-secret';
import { Hs256TokenVerifier } from './hs256-token-verifier';
import { DEFAULT_OIDC_CLAIM_MAPPING, OidcClaimMapping, principalFromOidcClaims } from './oidc-claim-mapping';
import { OidcTokenVerifier, type SignatureCheck } from './oidc-token-verifier';
import { Principal } from './principal';
import { principalFromClaims } from './token-claims';
import { checkTokenLifetime, DEFAULT_JWT_CLOCK_TOLERANCE_SECONDS, DEFAULT_JWT_MAX_LIFETIME_SECONDS, TokenLifetimePolicy } from './token-lifetime';

/**
 * Who presented the credentials, or why they are refused. `unavailable`: the token could not be
 * checked because the identity provider could not be asked — a 503 to retry, not a 401.
 */
export type VerificationResult = { ok: true; principal: Principal } | { ok: false; reason: string; unavailable?: true };

const isOidcAlgorithm = (alg: string): boolean => (OIDC_ALGORITHMS as readonly string[]).includes(alg);

/**
 * Turns a bearer token or an API key into a Principal. Holds no request state. A token goes to the
 * verifier its algorithm belongs to — HS256 to the shared secret (development), an asymmetric one to
 * the OpenID Connect provider — and to neither when that kind is not configured; then both kinds
 * pass the same lifetime policy and the same role and scope rules.
 */
@Injectable()
export class CredentialsVerifier {
  private readonly hs256: Hs256TokenVerifier | undefined;
  private readonly oidc: OidcTokenVerifier | undefined;
  private readonly claimMapping: OidcClaimMapping;
  private readonly apiKeys: IntegratorApiKey[];
  private readonly lifetime: TokenLifetimePolicy;

  constructor(@Inject(AUTH_OPTIONS) options: AuthOptions) {
    this.lifetime = {
      maxLifetimeSeconds: options.jwtMaxLifetimeSeconds ?? DEFAULT_JWT_MAX_LIFETIME_SECONDS,
      clockToleranceSeconds: options.jwtClockToleranceSeconds ?? DEFAULT_JWT_CLOCK_TOLERANCE_SECONDS,
    };
    const secret = options.jwtSecret ?? '';
    if (secret === '' && options.oidc === undefined) {
      throw new Error('Authentication needs an OpenID Connect provider (OIDC_ISSUER, OIDC_AUDIENCE) or, for development, a JWT secret');
    }
    this.hs256 =
      secret === ''
        ? undefined
        : new Hs256TokenVerifier({
            secret,
            issuer: options.jwtIssuer ?? DEFAULT_JWT_ISSUER,
            ...(options.jwtAudience !== undefined && { audience: options.jwtAudience }),
            clockToleranceSeconds: this.lifetime.clockToleranceSeconds,
          });
    this.oidc = options.oidc === undefined ? undefined : new OidcTokenVerifier(options.oidc, this.lifetime.clockToleranceSeconds);
    this.claimMapping = {
      roleClaim: options.oidc?.roleClaim ?? DEFAULT_OIDC_CLAIM_MAPPING.roleClaim,
      clusterClaim: options.oidc?.clusterClaim ?? DEFAULT_OIDC_CLAIM_MAPPING.clusterClaim,
      organisationClaim: options.oidc?.organisationClaim ?? DEFAULT_OIDC_CLAIM_MAPPING.organisationClaim,
    };
    this.apiKeys = parseIntegratorApiKeys(options.integratorApiKeys);
  }

  async verifyBearer(token: string): Promise<VerificationResult> {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      return { ok: false, reason: 'not a JWS' };
    }
    if (alg === JWT_ALGORITHM && this.hs256 !== undefined) {
      return this.principalOf(await this.hs256.verify(token), principalFromClaims);
    }
    if (alg !== undefined && isOidcAlgorithm(alg) && this.oidc !== undefined) {
      return this.principalOf(await this.oidc.verify(token), (claims) => principalFromOidcClaims(claims, this.claimMapping));
    }
    return { ok: false, reason: `algorithm ${String(alg)} is not accepted` };
  }

  verifyApiKey(key: string): VerificationResult {
    const name = matchApiKey(this.apiKeys, key);
    if (name === undefined) return { ok: false, reason: 'unknown API key' };
    return { ok: true, principal: { kind: 'integrator', role: 'integrator', subject: name } };
  }

  private principalOf(
    check: SignatureCheck,
    toPrincipal: (claims: Record<string, unknown>) => VerificationResult,
  ): VerificationResult {
    if (!check.ok) return check;
    const lifetime = checkTokenLifetime(check.claims, this.lifetime, Math.floor(Date.now() / 1000));
    if (!lifetime.ok) return lifetime;
    return toPrincipal(check.claims);
  }
}
