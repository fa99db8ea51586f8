import { ConflictException } from '@nestjs/common';
import { DomainConflictError, DomainValidationError } from './domain.errors';
import { RequestValidationException } from './request-validation.exception';

/**
 * Runs domain logic and translates its errors to HTTP: a refused transition is a 409 with the
 * domain's explanation, an invalid resulting state a 400 naming the field (the same body as the
 * ValidationPipe's: `details: [{field, reason}]`).
 */
export async function withHttpErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DomainConflictError) throw new ConflictException(error.message);
    if (error instanceof DomainValidationError) throw new RequestValidationException([{ field: error.field, reason: error.reason }]);
    throw error;
  }
}
