import { ValidateIf } from 'class-validator';

/**
 * An optional property that is validated whenever it is present, `null` included. class-validator's
 * `@IsOptional()` skips `null` as well as absence, so `{"targetClusterIds": null}` reached the
 * domain (a 500) or the database; keep `@IsOptional()` only where `null` is meant (a PATCH clearing
 * a value, typed `| null`).
 */
export function IfPresent(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}
