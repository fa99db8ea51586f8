import { JwtService } from '@nestjs/jwt';
import { JWT_ALGORITHM, MIN_JWT_SECRET_LENGTH } from './auth-options';
import { principalFromClaims, TokenClaims } from './token-claims';

/** Seconds, or a number with a unit: '90s', '15m', '8h', '7d'. */
export type TokenTtl = number | `${number}${'s' | 'm' | 'h' | 'd'}`;

export interface MintTokenOptions {
  issuer: string;
  expiresIn: TokenTtl;
  /** Set when the services check JWT_AUDIENCE. */
  audience?: string;
}

/**
 * Signs an HS256 access token. The claims go through the same validation as incoming tokens, so
 * nothing can mint a token the guard would later reject (or, worse, misread).
 */
export function mintToken(claims: TokenClaims, secret: string, options: MintTokenOptions): string {
  if (secret.length < MIN_JWT_SECRET_LENGTH) {
    throw new Error(`JWT secret must be at least ${MIN_JWT_SECRET_LENGTH} characters`);
  }
  const checked = principalFromClaims(claims);
  if (!checked.ok) throw new Error(`Invalid token claims: ${checked.reason}`);
  const { sub, role, clusterId, organisationId } = claims;
  return new JwtService().sign(
    { sub, role, ...(clusterId !== undefined && { clusterId }), ...(organisationId !== undefined && { organisationId }) },
    {
      secret,
      algorithm: JWT_ALGORITHM,
      issuer: options.issuer,
      expiresIn: options.expiresIn,
      ...(options.audience !== undefined && options.audience !== '' && { audience: options.audience }),
    },
  );
}
