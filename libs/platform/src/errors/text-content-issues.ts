import { isMultilineText, textContentIssue } from '../http/text-content';
import type { FieldIssue } from './error-body';

// Bodies are bounded by HTTP_JSON_MAX_DEPTH (1,000 at most) before they get here; this only
// guarantees the walk ends on anything else a caller might hand it.
const MAX_WALK_DEPTH = 1_000;

/**
 * Every string inside a request value (a DTO instance after class-transformer, or a plain value),
 * checked by `textContentIssue`; a property decorated with `@MultilineText()` may contain tab and
 * line breaks. The path names the field as the 400 reports it (`contacts.1.name`).
 */
export function textContentIssues(value: unknown, path = '', multiline = false, depth = 0): FieldIssue[] {
  if (typeof value === 'string') {
    const reason = textContentIssue(value, multiline);
    return reason === undefined ? [] : [{ field: path === '' ? 'value' : path, reason }];
  }
  if (typeof value !== 'object' || value === null || depth > MAX_WALK_DEPTH || value instanceof Date) return [];
  if (Array.isArray(value)) {
    return value.flatMap((item: unknown, index) => textContentIssues(item, join(path, String(index)), multiline, depth + 1));
  }
  // A DTO instance (class-transformer made it) knows its class; a plain object has none.
  const prototype: unknown = Object.getPrototypeOf(value);
  const declaring = typeof prototype === 'object' && prototype !== null && prototype !== Object.prototype ? (prototype.constructor as object) : undefined;
  return Object.entries(value).flatMap(([key, item]) => {
    const keyIssue = textContentIssue(key, false);
    const field = join(path, key);
    const own = keyIssue === undefined ? [] : [{ field, reason: `has a name that ${keyIssue}` }];
    const itemMultiline = declaring !== undefined && isMultilineText(declaring, key);
    return [...own, ...textContentIssues(item, field, itemMultiline, depth + 1)];
  });
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
