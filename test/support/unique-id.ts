import { randomBytes } from 'node:crypto';

/**
 * A short, lowercase, DNS/cluster-id-safe random token. Topics are shared by every test run on the
 * broker, so everything a scenario creates (cluster ids, database names, consumer groups) carries
 * one of these to keep runs from seeing each other's data.
 */
export function randomToken(length = 8): string {
  return randomBytes(length).toString('hex').slice(0, length);
}

/** `e2e-<random>`: a cluster id (matches CLUSTER_ID_PATTERN) owned by one scenario. */
export function uniqueClusterId(): string {
  return `e2e-${randomToken(10)}`;
}
