import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { JsonSchema } from '../json-schema/json-schema';
import { toJsonFileContents, type AsyncApiArtifacts } from './asyncapi-artifacts';
import type { AsyncApiDocument } from './asyncapi-document';

/** Where the committed artifacts live, relative to the workspace root. */
export const ASYNCAPI_DOCS_DIR = 'docs/asyncapi';
const DOCUMENT_FILE = 'asyncapi.json';
const SCHEMAS_DIR = 'schemas';

/**
 * The workspace root, found by walking up to nx.json, so the same code works from the TypeScript
 * sources (jest) and from the compiled CLI under dist/out-tsc, whose depths differ.
 */
export function findWorkspaceRoot(startDir: string): string {
  let dir = startDir;
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no nx.json above ${startDir}`);
    dir = parent;
  }
  return dir;
}

export interface CommittedArtifacts {
  document: AsyncApiDocument | undefined;
  eventSchemas: Record<string, JsonSchema>;
}

export function readCommittedArtifacts(workspaceRoot: string): CommittedArtifacts {
  const docsDir = join(workspaceRoot, ASYNCAPI_DOCS_DIR);
  const documentPath = join(docsDir, DOCUMENT_FILE);
  const schemasDir = join(docsDir, SCHEMAS_DIR);
  const schemaFiles = existsSync(schemasDir) ? readdirSync(schemasDir).filter((file) => file.endsWith('.json')) : [];
  return {
    document: existsSync(documentPath) ? (JSON.parse(readFileSync(documentPath, 'utf8')) as AsyncApiDocument) : undefined,
    eventSchemas: Object.fromEntries(
      schemaFiles.map((file) => [file.slice(0, -'.json'.length), JSON.parse(readFileSync(join(schemasDir, file), 'utf8')) as JsonSchema]),
    ),
  };
}

/** Writes the artifacts and deletes schema files of types no longer generated; returns the paths written. */
export function writeArtifacts(workspaceRoot: string, artifacts: AsyncApiArtifacts): string[] {
  const docsDir = join(workspaceRoot, ASYNCAPI_DOCS_DIR);
  const schemasDir = join(docsDir, SCHEMAS_DIR);
  mkdirSync(schemasDir, { recursive: true });
  const written = [join(docsDir, DOCUMENT_FILE)];
  writeFileSync(written[0], toJsonFileContents(artifacts.document));
  for (const [type, schema] of Object.entries(artifacts.eventSchemas)) {
    const path = join(schemasDir, `${type}.json`);
    writeFileSync(path, toJsonFileContents(schema));
    written.push(path);
  }
  for (const file of readdirSync(schemasDir)) {
    if (file.endsWith('.json') && artifacts.eventSchemas[file.slice(0, -'.json'.length)] === undefined) rmSync(join(schemasDir, file));
  }
  return written;
}
