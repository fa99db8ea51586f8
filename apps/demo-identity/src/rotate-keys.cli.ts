/**
 * Rotates the demo identity provider's signing keys: a new key goes first (it signs once the
 * provider restarts), the two before it stay published so the tokens they signed keep verifying,
 * older ones are dropped.
 *
 *   node dist/out-tsc/apps/demo-identity/src/rotate-keys.cli.js        (after npm run build)
 *   env: OIDC_KEYS_FILE (the local platform's is .local/oidc/jwks.json)
 */
import { rotateSigningKeys } from './signing-keys';

async function main(): Promise<void> {
  const path = process.env['OIDC_KEYS_FILE'];
  if (path === undefined || path === '') throw new Error('OIDC_KEYS_FILE is not set: it names the private key file to rotate');
  const { added, kept, dropped } = await rotateSigningKeys(path);
  console.log(`${path}: new signing key ${added}; still published: ${kept.join(', ') || 'none'}; dropped: ${dropped.join(', ') || 'none'}`);
  console.log('Restart demo-identity to sign with it: kill "$(cat .local/run/demo-identity.pid)" && npm run platform');
}

main().catch((error: unknown) => {
  console.error(`rotate-keys failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
