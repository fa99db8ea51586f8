import type { ValidationError } from 'class-validator';
import type { FieldIssue } from './error-body';

/**
 * Flattens class-validator's tree into one issue per failed constraint, with dotted paths into
 * nested objects and arrays (`contacts.0.email`). The reason drops class-validator's leading
 * property name (`email must be an email` -> `must be an email`) since `field` already names it.
 */
export function toFieldIssues(errors: readonly ValidationError[]): FieldIssue[] {
  // Two constraints may say the same thing about one field (NestedObject's type and nesting checks).
  const unique = new Map(flatten(errors, '').map((issue) => [`${issue.field}\u0000${issue.reason}`, issue]));
  return [...unique.values()];
}

function flatten(errors: readonly ValidationError[], parentPath: string): FieldIssue[] {
  return errors.flatMap((error) => {
    const field = parentPath === '' ? error.property : `${parentPath}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      reason: stripSubject(message, error.property),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

function stripSubject(message: string, property: string): string {
  for (const prefix of [`property ${property} `, `${property} `]) {
    if (message.startsWith(prefix)) return message.slice(prefix.length);
  }
  return message;
}
