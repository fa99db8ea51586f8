// The first page's JavaScript, compressed as the console's server sends it (gzip -9), against the
// 250 KB budget of issue 12. The first page loads index.html's module script and every
// modulepreload it names; pages load their own chunks when opened and are not counted.
//
//   node apps/console/scripts/check-bundle-budget.mjs   (after npm run build) — exit 1 over budget
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 250 * 1024;
const webDir = process.env.CONSOLE_WEB_DIR ?? 'dist/console/web';
const html = readFileSync(join(webDir, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((match) => match[1]);
if (scripts.length === 0) throw new Error(`no module script in ${webDir}/index.html: is the console built?`);

let raw = 0;
let compressed = 0;
for (const src of new Set(scripts)) {
  const body = readFileSync(join(webDir, src));
  raw += body.length;
  compressed += gzipSync(body, { level: 9 }).length;
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`[console] first page JavaScript: ${scripts.length} file(s), ${kb(raw)} raw, ${kb(compressed)} gzip — budget ${kb(BUDGET_BYTES)}`);
if (compressed > BUDGET_BYTES) {
  console.error('[console] over the first-page JavaScript budget: load the heavy part lazily (src/app/sections.ts)');
  process.exit(1);
}
