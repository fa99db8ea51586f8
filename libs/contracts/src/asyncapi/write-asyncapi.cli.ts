/**
 * Regenerates docs/asyncapi (the AsyncAPI document and one JSON Schema per event) from the
 * contracts: `npm run build && npm run asyncapi`. Commit the result; a unit test fails while the
 * committed files differ from what the contracts generate.
 *
 * Refuses to overwrite a committed event schema with a backward-incompatible one: such a change
 * must be a new event version (a new type and payload class). `--allow-breaking` overrides that,
 * for a version that was never released.
 */
import { findBreakingChanges, buildAsyncApiArtifacts } from './asyncapi-artifacts';
import { relative } from 'node:path';
import { findWorkspaceRoot, readCommittedArtifacts, writeArtifacts } from './asyncapi-files';

function main(argv: readonly string[]): number {
  const allowBreaking = argv.includes('--allow-breaking');
  const root = findWorkspaceRoot(__dirname);
  const artifacts = buildAsyncApiArtifacts();
  const breaking = findBreakingChanges(readCommittedArtifacts(root).eventSchemas, artifacts.eventSchemas);
  if (breaking.length > 0) {
    console.error(`Backward-incompatible changes to published events:\n  ${breaking.join('\n  ')}`);
    if (!allowBreaking) {
      console.error('Publish the change as a new event version instead, or re-run with --allow-breaking if this version was never released.');
      return 1;
    }
    console.warn('--allow-breaking: overwriting the committed schemas anyway.');
  }
  for (const path of writeArtifacts(root, artifacts)) console.log(`wrote ${relative(root, path)}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
