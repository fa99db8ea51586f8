import { createHmac, randomBytes } from 'node:crypto';
import { mintToken } from '@icn/platform';

/** The issuer the services default to (BaseServiceConfig.JWT_ISSUER). */
const ISSUER = 'icn-platform';

/** A fresh secret per scenario: tokens from one run are worthless against another's services. */
export function randomJwtSecret(): string {
  return randomBytes(32).toString('hex');
}

export function networkAdminToken(secret: string): string {
  return mintToken({ sub: 'e2e-network-admin', role: 'network-admin' }, secret, { issuer: ISSUER, expiresIn: '1h' });
}

export function clusterManagerToken(secret: string, clusterId: string): string {
  return mintToken({ sub: `e2e-manager-${clusterId}`, role: 'cluster-manager', clusterId }, secret, {
    issuer: ISSUER,
    expiresIn: '1h',
  });
}

export function memberToken(secret: string, clusterId: string, organisationId: string): string {
  return mintToken({ sub: `e2e-member-${organisationId}`, role: 'member', clusterId, organisationId }, secret, {
    issuer: ISSUER,
    expiresIn: '1h',
  });
}

/**
 * Signs claims as given, with any header — unlike mintToken, which only makes valid tokens. The
 * cross-tenant matrix uses it for the tokens the services must refuse (expired, no `exp`, another
 * issuer or secret, `alg: none`); `secret: null` leaves the signature empty.
 */
export function handMadeToken(header: Record<string, unknown>, claims: Record<string, unknown>, secret: string | null): string {
  const encode = (part: Record<string, unknown>): string => Buffer.from(JSON.stringify(part)).toString('base64url');
  const unsigned = `${encode(header)}.${encode(claims)}`;
  const signature = secret === null ? '' : createHmac('sha256', secret).update(unsigned).digest('base64url');
  return `${unsigned}.${signature}`;
}

/** The tokens every service must refuse with a 401, each for one reason, as the network admin. */
export function refusedTokens(secret: string): Record<string, string> {
  const now = Math.floor(Date.now() / 1000);
  const admin = { sub: 'e2e-refused', role: 'network-admin' };
  const hs256 = { alg: 'HS256', typ: 'JWT' };
  return {
    'expired token': handMadeToken(hs256, { ...admin, iss: ISSUER, iat: now - 7200, exp: now - 3600 }, secret),
    'wrong issuer': handMadeToken(hs256, { ...admin, iss: 'elsewhere', iat: now, exp: now + 600 }, secret),
    'other secret': handMadeToken(hs256, { ...admin, iss: ISSUER, iat: now, exp: now + 600 }, randomJwtSecret()),
    'alg none': handMadeToken({ alg: 'none', typ: 'JWT' }, { ...admin, iss: ISSUER, iat: now, exp: now + 600 }, null),
    'no exp': handMadeToken(hs256, { ...admin, iss: ISSUER, iat: now }, secret),
    'exp beyond the lifetime': handMadeToken(hs256, { ...admin, iss: ISSUER, iat: now, exp: now + 30 * 86_400 }, secret),
  };
}
