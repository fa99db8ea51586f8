import { createHash, timingSafeEqual } from 'node:crypto';

/** One configured integrator: the name becomes the principal's subject. */
export interface IntegratorApiKey {
  readonly name: string;
  /** sha256 of the key; only the digest is configured so a leaked config does not leak keys. */
  readonly sha256: Buffer;
}

const ENTRY = /^([A-Za-z0-9._-]+):([0-9a-fA-F]{64})$/;

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/**
 * Parses INTEGRATOR_API_KEYS (`name:sha256hex,name:sha256hex`). Throws on a malformed entry or a
 * duplicate name so a typo fails the start-up instead of silently locking an integrator out.
 */
export function parseIntegratorApiKeys(list: string | undefined): IntegratorApiKey[] {
  if (list === undefined || list.trim() === '') return [];
  const keys: IntegratorApiKey[] = [];
  for (const raw of list.split(',')) {
    const entry = raw.trim();
    if (entry === '') continue;
    const match = ENTRY.exec(entry);
    if (!match) throw new Error(`INTEGRATOR_API_KEYS: entry "${entry.split(':')[0]}" is not name:sha256hex`);
    const [, name, hex] = match;
    if (keys.some((k) => k.name === name)) throw new Error(`INTEGRATOR_API_KEYS: duplicate name "${name}"`);
    keys.push({ name, sha256: Buffer.from(hex, 'hex') });
  }
  return keys;
}

/**
 * Returns the integrator owning the presented key, or undefined. Comparing fixed-length digests with
 * timingSafeEqual, and always walking every entry, keeps the response time independent of how much
 * of a guessed key matched or which entry it matched.
 */
export function matchApiKey(keys: readonly IntegratorApiKey[], presented: string): string | undefined {
  const digest = createHash('sha256').update(presented, 'utf8').digest();
  let owner: string | undefined;
  for (const key of keys) {
    if (timingSafeEqual(digest, key.sha256) && owner === undefined) owner = key.name;
  }
  return owner;
}
