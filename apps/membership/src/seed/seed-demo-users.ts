import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * A demo user in the format of the demo identity provider's users file (apps/demo-identity,
 * OIDC_USERS_FILE): the sign-in name, the published demo password, and the platform role and scope
 * its access tokens carry.
 */
export interface SeedDemoUser {
  username: string;
  password: string;
  name: string;
  email: string;
  role: 'network-admin' | 'cluster-manager' | 'member';
  clusterId?: string;
  organisationId?: string;
}

/** The password of every demo user: published in the README, which is fine for a local demo provider. */
export const DEMO_PASSWORD = 'demo';

/** Members of two clusters, by their seed key: the organisations whose ids the file needs. */
export const DEMO_MEMBER_ORGANISATIONS = [
  { username: 'member.cph-heat', key: 'cph-heat', clusterId: 'clean', name: 'Copenhagen Heat Pumps (demo member)' },
  { username: 'member.liege-h2', key: 'liege-h2', clusterId: 'tweed', name: 'Liège Hydrogen Lab (demo member)' },
] as const;

/**
 * One user for every role: the secretariat, a manager of each of two clusters, and a member of an
 * organisation in each of them. Members need the ids the membership service gave their
 * organisations, which is why the seed writes this file, after seeding.
 */
export function seedDemoUsers(organisationIdByKey: ReadonlyMap<string, string>): SeedDemoUser[] {
  const user = (username: string, name: string, scope: Pick<SeedDemoUser, 'role' | 'clusterId' | 'organisationId'>): SeedDemoUser => ({
    username,
    password: DEMO_PASSWORD,
    name,
    email: `${username}@example.org`,
    ...scope,
  });
  const members = DEMO_MEMBER_ORGANISATIONS.map(({ username, key, clusterId, name }) => {
    const organisationId = organisationIdByKey.get(key);
    if (organisationId === undefined) throw new Error(`the demo organisation ${key} was not found: cannot write its member's account`);
    return user(username, name, { role: 'member', clusterId, organisationId });
  });
  return [
    user('admin', 'ICN secretariat (demo network admin)', { role: 'network-admin' }),
    user('manager.clean', 'CLEAN manager (demo)', { role: 'cluster-manager', clusterId: 'clean' }),
    user('manager.tweed', 'TWEED manager (demo)', { role: 'cluster-manager', clusterId: 'tweed' }),
    ...members,
  ];
}

/**
 * Writes the users file whole, through a temporary file renamed into place: the provider re-reads
 * it at every sign-in and must never see it half-written.
 */
export async function writeDemoUsersFile(path: string, users: readonly SeedDemoUser[]): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, `${JSON.stringify(users, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, path);
}
