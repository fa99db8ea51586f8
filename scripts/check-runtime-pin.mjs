#!/usr/bin/env node
// The runtime is pinned once, in .nvmrc, and everything that names a Node.js version must agree
// with it: the Node running this check (scripts source use-pinned-node.sh), package.json
// `engines`, @types/node's major, and every Dockerfile's base image. Run at the start of `npm test`.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const pinned = readFileSync(join(root, '.nvmrc'), 'utf8').trim();
const [major] = pinned.split('.').map(Number);
const problems = [];

if (!/^\d+\.\d+\.\d+$/.test(pinned)) problems.push(`.nvmrc must name one exact release, found "${pinned}"`);
// Even majors become LTS; odd ones never do.
if (major % 2 !== 0) problems.push(`.nvmrc names Node.js ${major}, which is never an LTS line`);
if (process.version !== `v${pinned}`) problems.push(`this check runs on Node.js ${process.version}, not the pinned v${pinned} (source scripts/use-pinned-node.sh)`);

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const engines = pkg.engines?.node ?? '';
if (engines !== `>=${pinned} <${major + 1}`) problems.push(`package.json engines.node is "${engines}", expected ">=${pinned} <${major + 1}"`);
const typesNode = pkg.devDependencies?.['@types/node'] ?? '';
if (!typesNode.startsWith(`${major}.`)) problems.push(`@types/node is ${typesNode}, expected the ${major}.x line`);

for (const app of readdirSync(join(root, 'apps'))) {
  const dockerfile = join(root, 'apps', app, 'Dockerfile');
  if (!existsSync(dockerfile)) continue;
  for (const [, image] of readFileSync(dockerfile, 'utf8').matchAll(/^FROM\s+node:(\S+)/gm)) {
    if (!image.startsWith(`${pinned}-`)) problems.push(`apps/${app}/Dockerfile uses node:${image}, expected node:${pinned}-…`);
  }
}

if (problems.length > 0) {
  console.error(`[runtime] not pinned consistently:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`[runtime] Node.js ${pinned} everywhere (scripts, engines, @types/node ${typesNode}, Dockerfiles)`);
