import { randomBytes } from 'node:crypto';

/**
 * A name no other test run will use (topics, groups, databases), because several people and CI
 * jobs share one broker and one database server. Kafka and MongoDB both accept [a-z0-9._-].
 */
export function uniqueName(prefix: string): string {
  const safePrefix = prefix.toLowerCase().replace(/[^a-z0-9._-]/g, '-');
  return `${safePrefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

/** Database names may not contain `.` and are limited to 63 bytes. */
export function uniqueDbName(prefix: string): string {
  return uniqueName(prefix).replace(/\./g, '_').slice(0, 63);
}
