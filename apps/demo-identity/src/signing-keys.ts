import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { randomUUID } from 'node:crypto';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The algorithm of the demo provider's keys: RS256, what Keycloak and Entra ID sign with by default. */
export const SIGNING_ALGORITHM = 'RS256';

/** How many keys a rotation keeps besides the new one, published so tokens they signed stay valid. */
export const PREVIOUS_KEYS_KEPT = 2;

export interface PrivateKeySet {
  keys: JWK[];
}

/** A new private signing key as a JWK, with a `kid` so verifiers can tell keys apart during a rotation. */
export async function generateSigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { extractable: true, modulusLength: 2048 });
  return { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: SIGNING_ALGORITHM, use: 'sig' };
}

function isPrivateKeySet(value: unknown): value is PrivateKeySet {
  if (typeof value !== 'object' || value === null || !Array.isArray((value as PrivateKeySet).keys)) return false;
  const { keys } = value as PrivateKeySet;
  return keys.length > 0 && keys.every((key) => typeof key === 'object' && key !== null && typeof key.kid === 'string' && typeof key.d === 'string');
}

async function readKeySet(path: string): Promise<PrivateKeySet | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const parsed: unknown = JSON.parse(text);
  if (!isPrivateKeySet(parsed)) throw new Error(`${path} is not a set of private signing keys ({"keys": [private JWKs with kid]})`);
  return parsed;
}

/**
 * Private keys are written readable by the owner only (0600), through a temporary file renamed
 * into place, so a crash never leaves a half-written key file.
 */
async function writeKeySet(path: string, keySet: PrivateKeySet): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(keySet, null, 2)}\n`, { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, path);
}

/**
 * The provider's keys: read from the file, or a new one generated and saved there on first start.
 * The first key signs; the others are published in the JWKS only, so tokens they signed before a
 * rotation keep verifying until they expire.
 */
export async function loadOrCreateSigningKeys(path: string): Promise<{ keySet: PrivateKeySet; created: boolean }> {
  const existing = await readKeySet(path);
  if (existing !== undefined) return { keySet: existing, created: false };
  const keySet = { keys: [await generateSigningKey()] };
  await writeKeySet(path, keySet);
  return { keySet, created: true };
}

/**
 * Puts a new key first (it signs from the provider's next start) and keeps at most the
 * PREVIOUS_KEYS_KEPT keys before it, still published for tokens they signed; older ones are dropped.
 */
export async function rotateSigningKeys(path: string): Promise<{ added: string; kept: string[]; dropped: string[] }> {
  const existing = (await readKeySet(path))?.keys ?? [];
  const added = await generateSigningKey();
  const kept = existing.slice(0, PREVIOUS_KEYS_KEPT);
  await writeKeySet(path, { keys: [added, ...kept] });
  return {
    added: added.kid as string,
    kept: kept.map((key) => key.kid as string),
    dropped: existing.slice(PREVIOUS_KEYS_KEPT).map((key) => key.kid as string),
  };
}
