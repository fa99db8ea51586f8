import 'reflect-metadata';
import { DEFAULT_JWT_ISSUER, DEVELOPMENT_JWT_SECRET, mintToken, withoutUndefined } from '@icn/platform';
import { MembershipApiClient } from './seed/membership-api.client';
import { SEED_CLUSTERS } from './seed/seed-clusters.data';
import { SEED_ORGANISATIONS } from './seed/seed-organisations.data';

/**
 * Seeds the five named ICN clusters and ten `[DEMO]` organisations through the public HTTP API
 * (so every record also produces its events, exactly as real usage would). Idempotent: existing
 * records are skipped and every POST carries a stable Idempotency-Key.
 *
 *   npm run build && node -r tsconfig-paths/register dist/out-tsc/apps/membership/src/seed.cli.js
 *   env: MEMBERSHIP_URL (default http://127.0.0.1:3001), JWT_SECRET, JWT_ISSUER
 */
async function main(): Promise<void> {
  const baseUrl = (process.env['MEMBERSHIP_URL'] ?? 'http://127.0.0.1:3001').replace(/\/$/, '');
  const secret = process.env['JWT_SECRET'] ?? DEVELOPMENT_JWT_SECRET;
  if (secret === DEVELOPMENT_JWT_SECRET) console.warn('seed: using the public development JWT secret');
  const token = mintToken({ sub: 'membership-seed', role: 'network-admin' }, secret, {
    issuer: process.env['JWT_ISSUER'] ?? DEFAULT_JWT_ISSUER,
    expiresIn: '10m',
  });
  const api = new MembershipApiClient(baseUrl, token);
  let created = 0;
  let skipped = 0;

  for (const cluster of SEED_CLUSTERS) {
    if (await api.clusterExists(cluster.clusterId)) {
      skipped++;
      console.log(`exists   cluster ${cluster.clusterId}`);
      continue;
    }
    await api.create('/clusters', cluster, `seed-cluster-${cluster.clusterId}`);
    created++;
    console.log(`created  cluster ${cluster.clusterId}`);
  }

  for (const { key, ...organisation } of SEED_ORGANISATIONS) {
    if (await api.organisationExists(organisation.clusterId, organisation.name)) {
      skipped++;
      console.log(`exists   organisation ${organisation.name}`);
      continue;
    }
    await api.create('/organisations', withoutUndefined(organisation), `seed-organisation-${key}`);
    created++;
    console.log(`created  organisation ${organisation.name}`);
  }
  console.log(`seed done against ${baseUrl}: ${created} created, ${skipped} already present`);
}

main().catch((error: unknown) => {
  console.error(`seed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
