import 'reflect-metadata';
import { DEFAULT_JWT_ISSUER, DEVELOPMENT_JWT_SECRET, mintToken, withoutUndefined } from '@icn/platform';
import { MembershipApiClient } from './seed/membership-api.client';
import { SEED_CLUSTERS } from './seed/seed-clusters.data';
import { DEMO_MEMBER_ORGANISATIONS, seedDemoUsers, writeDemoUsersFile } from './seed/seed-demo-users';
import { SEED_ORGANISATIONS } from './seed/seed-organisations.data';

/**
 * Seeds the five named ICN clusters and ten `[DEMO]` organisations through the public HTTP API
 * (so every record also produces its events, exactly as real usage would). Idempotent: existing
 * records are skipped and every POST carries a stable Idempotency-Key.
 *
 *   npm run build && node -r tsconfig-paths/register dist/out-tsc/apps/membership/src/seed.cli.js
 *   env: MEMBERSHIP_URL (default http://127.0.0.1:3001), JWT_SECRET, JWT_ISSUER, and OIDC_USERS_FILE:
 *   when set, the demo identity provider's users (one per role, password `demo`) are written there
 *   afterwards, with the ids the service gave the demo members' organisations.
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

  const usersFile = process.env['OIDC_USERS_FILE'];
  if (usersFile !== undefined && usersFile !== '') {
    const organisationIdByKey = new Map<string, string>();
    for (const { key } of DEMO_MEMBER_ORGANISATIONS) {
      const organisation = SEED_ORGANISATIONS.find((candidate) => candidate.key === key);
      const id = organisation === undefined ? undefined : await api.organisationIdOf(organisation.clusterId, organisation.name);
      if (id !== undefined) organisationIdByKey.set(key, id);
    }
    const users = seedDemoUsers(organisationIdByKey);
    await writeDemoUsersFile(usersFile, users);
    console.log(`demo users written to ${usersFile}: ${users.map((user) => user.username).join(', ')} (password demo)`);
  }
}

main().catch((error: unknown) => {
  console.error(`seed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
