/**
 * Prints an access token for local development and demos:
 *   npm run token -- --role cluster-manager --cluster clean --subject alice --ttl 8h
 * Only the token goes to stdout (so `TOKEN=$(npm run -s token -- …)` works); warnings go to stderr.
 */
import { MINT_TOKEN_USAGE, parseMintTokenArgs } from './mint-token-args';
import { mintToken } from './mint-token';

function main(): void {
  try {
    const request = parseMintTokenArgs(process.argv.slice(2), process.env);
    if (request.usedDevelopmentSecret) {
      console.error('warning: JWT_SECRET is not set; signing with the public development secret');
    }
    process.stdout.write(`${mintToken(request.claims, request.secret, request.options)}\n`);
  } catch (error: unknown) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    console.error(MINT_TOKEN_USAGE);
    process.exitCode = 1;
  }
}

main();
