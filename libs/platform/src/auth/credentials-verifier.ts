import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { IntegratorApiKey, matchApiKey, parseIntegratorApiKeys } from './api-key';
import { AUTH_OPTIONS, AuthOptions, JWT_ALGORITHM, MIN_JWT_SECRET_LENGTH } from './auth-options';
import { Principal } from './principal';
import { principalFromClaims } from './token-claims';
import { checkTokenLifetime, DEFAULT_JWT_CLOCK_TOLERANCE_SECONDS, DEFAULT_JWT_MAX_LIFETIME_SECONDS, TokenLifetimePolicy } from './token-lifetime';

export type VerificationResult = { ok: true; principal: Principal } | { ok: false; reason: string };

/** Turns a bearer token or an API key into a Principal. Holds no request state. */
@Injectable()
export class CredentialsVerifier {
  private readonly jwt: JwtService;
  private readonly apiKeys: IntegratorApiKey[];
  private readonly lifetime: TokenLifetimePolicy;

  constructor(@Inject(AUTH_OPTIONS) private readonly options: AuthOptions) {
    // Checked here as well as in the config class so a misconfigured module fails at start-up.
    if (options.jwtSecret.length < MIN_JWT_SECRET_LENGTH) {
      throw new Error(`JWT secret must be at least ${MIN_JWT_SECRET_LENGTH} characters`);
    }
    this.jwt = new JwtService({ secret: options.jwtSecret });
    this.apiKeys = parseIntegratorApiKeys(options.integratorApiKeys);
    this.lifetime = {
      maxLifetimeSeconds: options.jwtMaxLifetimeSeconds ?? DEFAULT_JWT_MAX_LIFETIME_SECONDS,
      clockToleranceSeconds: options.jwtClockToleranceSeconds ?? DEFAULT_JWT_CLOCK_TOLERANCE_SECONDS,
    };
  }

  async verifyBearer(token: string): Promise<VerificationResult> {
    let claims: unknown;
    try {
      // Pinning the algorithm blocks `alg: none` and algorithm-confusion tokens; the issuer (and,
      // when configured, audience) check stops tokens minted for another environment or another
      // application sharing the secret by mistake.
      claims = await this.jwt.verifyAsync(token, {
        algorithms: [JWT_ALGORITHM],
        issuer: this.options.jwtIssuer,
        ...(this.options.jwtAudience !== undefined && this.options.jwtAudience !== '' && { audience: this.options.jwtAudience }),
        clockTolerance: this.lifetime.clockToleranceSeconds,
      });
    } catch (error: unknown) {
      return { ok: false, reason: error instanceof Error ? error.message : 'invalid token' };
    }
    if (typeof claims !== 'object' || claims === null) return { ok: false, reason: 'claims are not an object' };
    const lifetime = checkTokenLifetime(claims as Record<string, unknown>, this.lifetime, Math.floor(Date.now() / 1000));
    if (!lifetime.ok) return lifetime;
    return principalFromClaims(claims);
  }

  verifyApiKey(key: string): VerificationResult {
    const name = matchApiKey(this.apiKeys, key);
    if (name === undefined) return { ok: false, reason: 'unknown API key' };
    return { ok: true, principal: { kind: 'integrator', role: 'integrator', subject: name } };
  }
}
