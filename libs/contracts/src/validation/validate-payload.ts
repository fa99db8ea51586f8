import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import type { PayloadClass } from '../envelope/event-definition';

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/**
 * Validates untrusted data against a payload class. Unknown properties are errors (not silently
 * dropped) so that a producer's typo or a forged field is caught at the boundary.
 */
export function validatePayload<T extends object>(payloadClass: PayloadClass<T>, data: unknown): ValidationResult<T> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, errors: ['data: must be an object'] };
  }
  const instance = plainToInstance(payloadClass, data);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) {
    return { ok: false, errors: flattenValidationErrors(errors) };
  }
  return { ok: true, value: instance };
}

/** Turns class-validator's tree into `path: reason` lines, e.g. `organisation.country: must be …`. */
export function flattenValidationErrors(errors: ValidationError[], parentPath = ''): string[] {
  return errors.flatMap((error) => {
    const path = parentPath ? `${parentPath}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => `${path}: ${message}`);
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}
