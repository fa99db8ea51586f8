import { principalFromClaims, type Principal } from '@icn/platform';
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/** One demo user as the users file holds it. The password is in clear: it is a published demo password. */
export interface DemoUser {
  readonly username: string;
  readonly password: string;
  readonly name: string;
  readonly email: string;
  readonly role: Principal['role'];
  readonly clusterId?: string;
  readonly organisationId?: string;
}

/** Why the users file gives no users: not written yet (the seed writes it), or not valid. */
export class DemoUsersUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DemoUsersUnavailable';
  }
}

const USERNAME = /^[A-Za-z0-9._@-]{1,64}$/;

function requiredString(entry: Record<string, unknown>, field: string, where: string): string {
  const value = entry[field];
  if (typeof value !== 'string' || value === '') throw new DemoUsersUnavailable(`${where}: ${field} must be a non-empty string`);
  return value;
}

/**
 * Checks the parsed users file: every user has the fields of a DemoUser, a unique username, and a
 * role and scope the services accept (the same `principalFromClaims` rules their tokens meet), so
 * a user who could sign in but whose every request would be refused cannot exist.
 */
export function parseDemoUsers(document: unknown): DemoUser[] {
  if (!Array.isArray(document)) throw new DemoUsersUnavailable('the users file must hold a JSON array of users');
  const users: DemoUser[] = [];
  document.forEach((entry: unknown, index) => {
    const where = `user ${index}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new DemoUsersUnavailable(`${where}: must be an object`);
    const record = entry as Record<string, unknown>;
    const username = requiredString(record, 'username', where);
    if (!USERNAME.test(username)) throw new DemoUsersUnavailable(`${where}: username may hold letters, digits and . _ @ - only`);
    if (users.some((user) => user.username === username)) throw new DemoUsersUnavailable(`${where}: duplicate username ${username}`);
    const scope = principalFromClaims({ sub: username, role: record['role'], clusterId: record['clusterId'], organisationId: record['organisationId'] });
    if (!scope.ok) throw new DemoUsersUnavailable(`${where} (${username}): ${scope.reason}`);
    users.push({
      username,
      password: requiredString(record, 'password', where),
      name: requiredString(record, 'name', where),
      email: requiredString(record, 'email', where),
      role: scope.principal.role,
      ...(scope.principal.clusterId !== undefined && { clusterId: scope.principal.clusterId }),
      ...(scope.principal.organisationId !== undefined && { organisationId: scope.principal.organisationId }),
    });
  });
  return users;
}

/** Compares digests of equal length in constant time, so the answer time says nothing of the password. */
export function passwordMatches(user: DemoUser, presented: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(user.password), digest(presented));
}

/**
 * The users file, read again on every look-up: the demo seed writes it once it knows the ids the
 * membership service gave the organisations, which is after the provider started, and tests
 * rewrite it as they go. A few dozen users in a small file; reading it costs nothing worth caching.
 */
export class DemoUserDirectory {
  constructor(private readonly path: string) {}

  async all(): Promise<DemoUser[]> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error: unknown) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new DemoUsersUnavailable(`no demo users yet: ${this.path} does not exist (the demo seed writes it)`);
      }
      throw new DemoUsersUnavailable(`the users file ${this.path} cannot be read: ${(error as Error).message}`);
    }
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch {
      throw new DemoUsersUnavailable(`the users file ${this.path} is not valid JSON`);
    }
    return parseDemoUsers(document);
  }

  async find(username: string): Promise<DemoUser | undefined> {
    return (await this.all()).find((user) => user.username === username);
  }
}
