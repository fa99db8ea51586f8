import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Requires every file under `directory` whose name ends with `suffix` (e.g. `.controller.ts`) and
 * returns everything they export, so a test over "all controllers" includes the one added
 * tomorrow without anyone listing it. Meant for unit tests (jest compiles the TypeScript).
 */
export function exportsOfFilesEndingWith(directory: string, suffix: string): unknown[] {
  const files = readdirSync(directory, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith(suffix));
  // require, not import(): jest compiles TypeScript for synchronous require, and the caller builds its
  // test table while jest collects tests, before anything asynchronous may run.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return files.sort().flatMap((file) => Object.values(require(join(directory, file)) as Record<string, unknown>));
}
