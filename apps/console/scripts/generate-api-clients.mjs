// Generates the console's typed API clients from the services' own OpenAPI documents, so no request
// or response type is written by hand (issue 12). The services must be running (npm run platform).
//
//   node apps/console/scripts/generate-api-clients.mjs          write apps/console/web/src/api/generated/*.ts
//   node apps/console/scripts/generate-api-clients.mjs --check  exit 1 when a committed client differs
//
// Service URLs: MEMBERSHIP_URL, MATCHMAKING_URL, OPPORTUNITIES_URL, CONSORTIA_URL, NETWORK_URL (the local defaults).
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '../web/src/api/generated');
const services = {
  membership: process.env.MEMBERSHIP_URL ?? 'http://127.0.0.1:3001',
  matchmaking: process.env.MATCHMAKING_URL ?? 'http://127.0.0.1:3002',
  opportunities: process.env.OPPORTUNITIES_URL ?? 'http://127.0.0.1:3003',
  consortia: process.env.CONSORTIA_URL ?? 'http://127.0.0.1:3004',
  network: process.env.NETWORK_URL ?? 'http://127.0.0.1:3005',
};
const check = process.argv.includes('--check');

const header = (service) =>
  `// Generated from ${service}'s OpenAPI document (/docs-json) by apps/console/scripts/generate-api-clients.mjs.\n` +
  '// Do not edit: change the service, then regenerate.\n';

let stale = [];
for (const [service, baseUrl] of Object.entries(services)) {
  const response = await fetch(`${baseUrl}/docs-json`);
  if (!response.ok) throw new Error(`${service}: GET ${baseUrl}/docs-json answered ${response.status}`);
  const document = await response.json();
  const source = header(service) + astToString(await openapiTS(document, { alphabetize: true, rootTypes: false }));
  const file = join(outDir, `${service}.ts`);
  if (check) {
    const committed = await readFile(file, 'utf8').catch(() => '');
    if (committed !== source) stale.push(service);
  } else {
    await writeFile(file, source);
    console.log(`wrote ${file}`);
  }
}
if (stale.length > 0) {
  console.error(`The console's API clients are stale for: ${stale.join(', ')}. Run: node apps/console/scripts/generate-api-clients.mjs`);
  process.exit(1);
}
if (check) console.log('the console API clients match the services’ OpenAPI documents');
