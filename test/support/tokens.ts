import { randomBytes } from 'node:crypto';
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
