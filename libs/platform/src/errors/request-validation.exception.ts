import { BadRequestException } from '@nestjs/common';
import type { FieldIssue } from './error-body';

/** A 400 whose body lists each invalid field (rendered by `PlatformExceptionFilter`). */
export class RequestValidationException extends BadRequestException {
  constructor(readonly details: FieldIssue[]) {
    super(`Validation failed: ${details.map((issue) => `${issue.field}: ${issue.reason}`).join('; ')}`);
  }
}
