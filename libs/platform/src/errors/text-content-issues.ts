import { isMultilineText, textContentIssue } from '../http/text-content';
import type { FieldIssue } from './error-body';

// Bodies are bounded by HTTP_JSON_MAX_DEPTH (1,000 at most) before they get here; this only
// guarantees the walk ends on anything else a caller might hand it.
const MAX_WALK_DEPTH = 1_000;

/**
 * Which strings may contain tab and line breaks: those of `@MultilineText()` properties (known once
 * the value is a DTO instance), or every string (a first pass over the raw value, which refuses
 * what no field accepts before any validator sees it: validator.js's isEmail, for one, throws on
 * a lone surrogate).
 */
export type LineBreaks = 'where-declared' | 'everywhere';

/**
 * Every string inside a request value, keys included, checked by `textContentIssue`. The path names
 * the field as the 400 reports it (`contacts.1.name`).
 */
export function textContentIssues(value: unknown, lineBreaks: LineBreaks, path = ''): FieldIssue[] {
  return walk(value, lineBreaks, path, lineBreaks === 'everywhere', 0);
}

function walk(value: unknown, lineBreaks: LineBreaks, path: string, multiline: boolean, depth: number): FieldIssue[] {
  if (typeof value === 'string') {
    const reason = textContentIssue(value, multiline);
    return reason === undefined ? [] : [{ field: path === '' ? 'value' : path, reason }];
  }
  if (typeof value !== 'object' || value === null || depth > MAX_WALK_DEPTH || value instanceof Date) return [];
  if (Array.isArray(value)) {
    return value.flatMap((item: unknown, index) => walk(item, lineBreaks, join(path, String(index)), multiline, depth + 1));
  }
  // A DTO instance (class-transformer made it) knows its class; a plain object has none.
  const prototype: unknown = Object.getPrototypeOf(value);
  const declaring = typeof prototype === 'object' && prototype !== null && prototype !== Object.prototype ? (prototype.constructor as object) : undefined;
  return Object.entries(value).flatMap(([key, item]) => {
    const keyIssue = textContentIssue(key, false);
    const field = join(path, key);
    const own = keyIssue === undefined ? [] : [{ field, reason: `has a name that ${keyIssue}` }];
    const itemMultiline = lineBreaks === 'everywhere' || (declaring !== undefined && isMultilineText(declaring, key));
    return [...own, ...walk(item, lineBreaks, field, itemMultiline, depth + 1)];
  });
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
