import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { IntegratorApiKey, matchApiKey, parseIntegratorApiKeys } from './api-key';
import { AUTH_OPTIONS, AuthOptions, MIN_JWT_SECRET_LENGTH } from './auth-options';
import { Principal } from './principal';
import { principalFromClaims } from './token-claims';

export type VerificationResult = { ok: true; principal: Principal } | { ok: false; reason: string };

/** Turns a bearer token or an API key into a Principal. Holds no request state. */
@Injectable()
export class CredentialsVerifier {
  private readonly jwt: JwtService;
  private readonly apiKeys: IntegratorApiKey[];

  constructor(@Inject(AUTH_OPTIONS) private readonly options: AuthOptions) {
    // Checked here as well as in the config class so a misconfigured module fails at start-up.
    if (options.jwtSecret.length < MIN_JWT_SECRET_LENGTH) {
      throw new Error(`JWT secret must be at least ${MIN_JWT_SECRET_LENGTH} characters`);
    }
    this.jwt = new JwtService({ secret: options.jwtSecret });
    this.apiKeys = parseIntegratorApiKeys(options.integratorApiKeys);
  }

  async verifyBearer(token: string): Promise<VerificationResult> {
    let claims: unknown;
    try {
      // Pinning the algorithm blocks `alg: none` and algorithm-confusion tokens; the issuer check
      // stops tokens minted for another environment sharing the secret by mistake.
      claims = await this.jwt.verifyAsync(token, {
        algorithms: ['HS256'],
        issuer: this.options.jwtIssuer,
      });
    } catch (error: unknown) {
      return { ok: false, reason: error instanceof Error ? error.message : 'invalid token' };
    }
    return principalFromClaims(claims);
  }

  verifyApiKey(key: string): VerificationResult {
    const name = matchApiKey(this.apiKeys, key);
    if (name === undefined) return { ok: false, reason: 'unknown API key' };
    return { ok: true, principal: { kind: 'integrator', role: 'integrator', subject: name } };
  }
}
