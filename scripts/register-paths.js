// Makes the compiled services resolve the workspace libraries (@icn/contracts, …) from dist/out-tsc.
// tsc keeps the path aliases of tsconfig.base.json as written, so at run time we map them to the
// compiled output. Used as `node -r ./scripts/register-paths.js dist/out-tsc/apps/<app>/src/main.js`.
const path = require('node:path');
const fs = require('node:fs');
const tsconfigPaths = require('tsconfig-paths');

const root = path.resolve(__dirname, '..');
const { compilerOptions } = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));

tsconfigPaths.register({
  baseUrl: path.join(root, process.env.ICN_DIST_DIR || 'dist/out-tsc'),
  paths: compilerOptions.paths,
});
