import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import type { PayloadClass } from '../envelope/event-definition';

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export interface ValidatePayloadOptions {
  /**
   * `reject` (default, for producers): an unknown property is an error, so a typo or a forged field
   * never leaves the service. `ignore` (for consumers, the "tolerant reader"): unknown properties are
   * dropped, so adding an optional field to an event version does not break consumers deployed
   * before it — which is exactly what the backward-compatibility check allows.
   */
  unknownProperties?: 'reject' | 'ignore';
}

/** Validates untrusted data against a payload class and returns the typed instance or the reasons. */
export function validatePayload<T extends object>(
  payloadClass: PayloadClass<T>,
  data: unknown,
  options: ValidatePayloadOptions = {},
): ValidationResult<T> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, errors: ['data: must be an object'] };
  }
  const instance = plainToInstance(payloadClass, data);
  const errors = validateSync(instance, {
    whitelist: true,
    forbidNonWhitelisted: (options.unknownProperties ?? 'reject') === 'reject',
  });
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
