import { isDeepStrictEqual } from 'node:util';
import { isJsonSchema, type JsonSchema } from './json-schema';

/**
 * Finds the changes that would make the `after` schema reject data the `before` schema accepted,
 * i.e. a new consumer could no longer read an event already on the topic. Returns one
 * `path: problem` line per breaking change; none means backward compatible.
 *
 * Deliberately conservative: where containment cannot be decided cheaply (a changed pattern, a
 * changed `oneOf`), any change counts as breaking, and a human decides whether a new version is due.
 * Both schemas must be self-contained: `$ref`s are resolved against their own root.
 */
export function findBackwardIncompatibilities(before: JsonSchema, after: JsonSchema): string[] {
  return new CompatibilityWalk(before, after).compare(before, after, '$', new Set());
}

const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'] as const;
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'] as const;
/** Keywords whose containment is not decided here: they must stay exactly as they were. */
const UNCHANGEABLE = ['format', 'multipleOf', 'allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', 'dependencies', 'patternProperties'] as const;

class CompatibilityWalk {
  constructor(
    private readonly beforeRoot: JsonSchema,
    private readonly afterRoot: JsonSchema,
  ) {}

  compare(rawBefore: JsonSchema, rawAfter: JsonSchema, path: string, visiting: Set<string>): string[] {
    const refPair = `${rawBefore.$ref ?? ''}|${rawAfter.$ref ?? ''}`;
    // Recursive schemas: a pair of refs already being compared further up cannot add new findings.
    if (refPair !== '|' && visiting.has(refPair)) return [];
    const nextVisiting = refPair === '|' ? visiting : new Set([...visiting, refPair]);
    const before = resolve(this.beforeRoot, rawBefore);
    const after = resolve(this.afterRoot, rawAfter);
    return [
      ...compareTypes(before, after, path),
      ...compareValues(before, after, path),
      ...compareBounds(before, after, path),
      ...compareUnchangeable(before, after, path),
      ...this.compareObjects(before, after, path, nextVisiting),
      ...this.compareItems(before, after, path, nextVisiting),
    ];
  }

  private compareObjects(before: JsonSchema, after: JsonSchema, path: string, visiting: Set<string>): string[] {
    const problems: string[] = [];
    const beforeProperties = before.properties ?? {};
    const afterProperties = after.properties ?? {};
    for (const [name, beforeProperty] of Object.entries(beforeProperties)) {
      const afterProperty = afterProperties[name];
      if (afterProperty === undefined) {
        problems.push(`${path}.${name}: property removed`);
      } else {
        problems.push(...this.compare(beforeProperty, afterProperty, `${path}.${name}`, visiting));
      }
    }
    const wasRequired = new Set(before.required ?? []);
    for (const name of after.required ?? []) {
      if (!wasRequired.has(name)) problems.push(`${path}.${name}: newly required`);
    }
    if (after.additionalProperties === false && before.additionalProperties !== false) {
      problems.push(`${path}: additional properties are no longer allowed`);
    }
    if (isJsonSchema(before.additionalProperties) && isJsonSchema(after.additionalProperties)) {
      problems.push(...this.compare(before.additionalProperties, after.additionalProperties, `${path}.*`, visiting));
    }
    return problems;
  }

  private compareItems(before: JsonSchema, after: JsonSchema, path: string, visiting: Set<string>): string[] {
    if (!isJsonSchema(after.items)) return [];
    if (!isJsonSchema(before.items)) return isDeepStrictEqual(after.items, {}) ? [] : [`${path}[]: items newly constrained`];
    return this.compare(before.items, after.items, `${path}[]`, visiting);
  }
}

function resolve(root: JsonSchema, schema: JsonSchema): JsonSchema {
  if (schema.$ref === undefined) return schema;
  if (!schema.$ref.startsWith('#/')) throw new Error(`only local $refs are supported, got ${schema.$ref}`);
  const target = schema.$ref
    .slice(2)
    .split('/')
    .reduce<unknown>((node, segment) => (isJsonSchema(node) ? node[segment] : undefined), root);
  if (!isJsonSchema(target)) throw new Error(`unresolvable $ref ${schema.$ref}`);
  return resolve(root, target);
}

function typesOf(schema: JsonSchema): Set<string> | undefined {
  if (schema.type === undefined) return undefined;
  return new Set(Array.isArray(schema.type) ? schema.type : [schema.type]);
}

function compareTypes(before: JsonSchema, after: JsonSchema, path: string): string[] {
  const beforeTypes = typesOf(before);
  const afterTypes = typesOf(after);
  if (afterTypes === undefined) return [];
  if (beforeTypes === undefined) return [`${path}: type newly constrained to ${[...afterTypes].join('|')}`];
  // An integer is a number, so widening integer to number is fine; the reverse is not.
  const lost = [...beforeTypes].filter((type) => !afterTypes.has(type) && !(type === 'integer' && afterTypes.has('number')));
  return lost.length > 0 ? [`${path}: type narrowed, no longer accepts ${lost.join('|')}`] : [];
}

/** `enum` and `const` both restrict the allowed values; every value allowed before must still be. */
function allowedValues(schema: JsonSchema): unknown[] | undefined {
  if (schema.const !== undefined) return [schema.const];
  return schema.enum;
}

function compareValues(before: JsonSchema, after: JsonSchema, path: string): string[] {
  const afterValues = allowedValues(after);
  if (afterValues === undefined) return [];
  const beforeValues = allowedValues(before);
  if (beforeValues === undefined) return [`${path}: values newly restricted to ${JSON.stringify(afterValues)}`];
  const lost = beforeValues.filter((value) => !afterValues.some((allowed) => isDeepStrictEqual(allowed, value)));
  return lost.length > 0 ? [`${path}: allowed values narrowed, removed ${JSON.stringify(lost)}`] : [];
}

function compareBounds(before: JsonSchema, after: JsonSchema, path: string): string[] {
  const problems: string[] = [];
  for (const keyword of LOWER_BOUNDS) {
    const [was, is] = [before[keyword], after[keyword]];
    if (typeof is === 'number' && (typeof was !== 'number' || is > was)) problems.push(`${path}: ${keyword} raised to ${is}`);
  }
  for (const keyword of UPPER_BOUNDS) {
    const [was, is] = [before[keyword], after[keyword]];
    if (typeof is === 'number' && (typeof was !== 'number' || is < was)) problems.push(`${path}: ${keyword} lowered to ${is}`);
  }
  if (after.uniqueItems === true && before.uniqueItems !== true) problems.push(`${path}: items must now be unique`);
  return problems;
}

function compareUnchangeable(before: JsonSchema, after: JsonSchema, path: string): string[] {
  const problems: string[] = [];
  if (after.pattern !== undefined && after.pattern !== before.pattern) {
    problems.push(`${path}: pattern ${before.pattern === undefined ? 'added' : 'changed'} (${after.pattern})`);
  }
  for (const keyword of UNCHANGEABLE) {
    if (keyword === 'anyOf' && anyOfImpliedByBefore(before, after)) continue;
    if (after[keyword] !== undefined && !isDeepStrictEqual(before[keyword], after[keyword])) {
      problems.push(`${path}: ${keyword} ${before[keyword] === undefined ? 'added' : 'changed'}`);
    }
  }
  return problems;
}

/**
 * The one `anyOf` decided here: a newly added list of alternatives of which one only requires
 * properties that were all required before (e.g. a renamed attribute: the new name or the old one).
 * Whatever the old schema accepted has those properties, so it satisfies that alternative.
 */
function anyOfImpliedByBefore(before: JsonSchema, after: JsonSchema): boolean {
  if (before.anyOf !== undefined || !Array.isArray(after.anyOf)) return false;
  const wasRequired = new Set(before.required ?? []);
  return after.anyOf.some(
    (alternative: unknown) =>
      isJsonSchema(alternative) &&
      Object.keys(alternative).length === 1 &&
      Array.isArray(alternative.required) &&
      alternative.required.every((name) => wasRequired.has(name)),
  );
}
