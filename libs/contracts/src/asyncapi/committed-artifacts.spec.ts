import { buildAsyncApiArtifacts, findBreakingChanges } from './asyncapi-artifacts';
import { findWorkspaceRoot, readCommittedArtifacts } from './asyncapi-files';

// Reads the committed files under docs/asyncapi (local files only, no network or services).
const REGENERATE = 'run `npm run build && npm run asyncapi` and commit docs/asyncapi';

describe('committed docs/asyncapi', () => {
  const current = buildAsyncApiArtifacts();
  const committed = readCommittedArtifacts(findWorkspaceRoot(__dirname));

  it('keeps every published event readable (backward-compatible schemas, no event removed)', () => {
    const breaking = findBreakingChanges(committed.eventSchemas, current.eventSchemas);
    if (breaking.length > 0) {
      throw new Error(`Breaking changes to published events; publish a new event version instead:\n  ${breaking.join('\n  ')}`);
    }
  });

  it('is what the contracts generate now', () => {
    // Compared as JSON (what the files hold), so `undefined` members and key order do not count.
    const difference = firstDifference(committed, JSON.parse(JSON.stringify(current)), '$');
    if (difference !== undefined) {
      throw new Error(`docs/asyncapi is out of date with libs/contracts (first difference at ${difference}): ${REGENERATE}`);
    }
  });
});

describe('findBreakingChanges', () => {
  const schema = { type: 'object', properties: { id: { type: 'string' } } };

  it('treats a new event type as compatible and a removed one as breaking', () => {
    expect(findBreakingChanges({}, { 'org.icn.x.created.v1': schema })).toEqual([]);
    expect(findBreakingChanges({ 'org.icn.x.created.v1': schema }, {})).toEqual(['org.icn.x.created.v1: event type removed from the catalog']);
  });

  it('prefixes each problem with the event type', () => {
    expect(findBreakingChanges({ 'org.icn.x.created.v1': schema }, { 'org.icn.x.created.v1': { ...schema, properties: {} } })).toEqual([
      'org.icn.x.created.v1: $.id: property removed',
    ]);
  });
});

/** The path of the first place where two JSON values differ, or undefined when they are equal. */
function firstDifference(a: unknown, b: unknown, path: string): string | undefined {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return a === b ? undefined : path;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])].sort();
  for (const key of keys) {
    const difference = firstDifference(left[key], right[key], `${path}.${key}`);
    if (difference !== undefined) return difference;
  }
  return undefined;
}
