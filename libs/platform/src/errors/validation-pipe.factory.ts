import { ValidationPipe } from '@nestjs/common';
import { toFieldIssues } from './field-issues';
import { RequestValidationException } from './request-validation.exception';

/**
 * The request validation every service uses (installed globally by PlatformModule): unknown
 * fields are rejected rather than silently dropped, so a client's typo is reported instead of
 * ignored; payloads become DTO instances; the 400 lists every bad field.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationException(toFieldIssues(errors)),
  });
}
