import { JwtService } from '@nestjs/jwt';
import { JWT_ALGORITHM, MIN_JWT_SECRET_LENGTH } from './auth-options';
import type { SignatureCheck } from './oidc-token-verifier';

export interface Hs256Options {
  secret: string;
  issuer: string;
  /** When set, `aud` must name it. */
  audience?: string;
  clockToleranceSeconds: number;
}

/**
 * The development option: tokens signed with a secret every service shares (`npm run token`, the
 * tests). Anyone holding the secret can mint any role, which is why production refuses it.
 */
export class Hs256TokenVerifier {
  private readonly jwt: JwtService;

  constructor(private readonly options: Hs256Options) {
    // Checked here as well as in the config class so a misconfigured module fails at start-up.
    if (options.secret.length < MIN_JWT_SECRET_LENGTH) {
      throw new Error(`JWT secret must be at least ${MIN_JWT_SECRET_LENGTH} characters`);
    }
    this.jwt = new JwtService({ secret: options.secret });
  }

  async verify(token: string): Promise<SignatureCheck> {
    let claims: unknown;
    try {
      // Pinning the algorithm blocks `alg: none` and algorithm-confusion tokens; the issuer (and,
      // when configured, audience) check stops tokens minted for another environment or another
      // application sharing the secret by mistake.
      claims = await this.jwt.verifyAsync(token, {
        algorithms: [JWT_ALGORITHM],
        issuer: this.options.issuer,
        ...(this.options.audience !== undefined && this.options.audience !== '' && { audience: this.options.audience }),
        clockTolerance: this.options.clockToleranceSeconds,
      });
    } catch (error: unknown) {
      return { ok: false, reason: error instanceof Error ? error.message : 'invalid token' };
    }
    if (typeof claims !== 'object' || claims === null) return { ok: false, reason: 'claims are not an object' };
    return { ok: true, claims: claims as Record<string, unknown> };
  }
}
