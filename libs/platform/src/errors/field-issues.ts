import type { ValidationError } from 'class-validator';
import type { FieldIssue } from './error-body';

/**
 * Flattens class-validator's tree into one issue per failed constraint, with dotted paths into
 * nested objects and arrays (`contacts.0.email`). The reason drops class-validator's leading
 * property name (`email must be an email` -> `must be an email`) since `field` already names it.
 */
export function toFieldIssues(errors: readonly ValidationError[], parentPath = ''): FieldIssue[] {
  return errors.flatMap((error) => {
    const field = parentPath === '' ? error.property : `${parentPath}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      reason: stripSubject(message, error.property),
    }));
    return [...own, ...toFieldIssues(error.children ?? [], field)];
  });
}

function stripSubject(message: string, property: string): string {
  for (const prefix of [`property ${property} `, `${property} `]) {
    if (message.startsWith(prefix)) return message.slice(prefix.length);
  }
  return message;
}
