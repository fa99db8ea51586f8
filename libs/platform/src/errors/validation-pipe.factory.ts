import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { ValidationError, type ValidatorOptions } from 'class-validator';
import type { FieldIssue } from './error-body';
import { toFieldIssues } from './field-issues';
import { RequestValidationException } from './request-validation.exception';
import { singleValueIssues } from './single-value-issues';
import { textContentIssues } from './text-content-issues';

/**
 * The request validation every service uses (installed globally by PlatformModule): unknown
 * fields are rejected rather than silently dropped, so a client's typo is reported instead of
 * ignored; payloads become DTO instances; the 400 lists every bad field. On top of class-validator
 * it applies two rules to every input, so no DTO can forget them: a query parameter or header is
 * one value unless declared a list, and no string anywhere carries control characters (except tab
 * and line breaks in `@MultilineText()` properties) or unpaired surrogates.
 */
export function createValidationPipe(): ValidationPipe {
  return new PlatformValidationPipe();
}

class PlatformValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => new RequestValidationException(toFieldIssues(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'custom') return super.transform(value, metadata);
    const shapeIssues = singleValueIssues(value, metadata);
    if (shapeIssues.length > 0) throw new RequestValidationException(shapeIssues);
    // What no field accepts is refused before any validator runs (some throw on a lone surrogate).
    // Values Nest does not validate against a class (`@Query('token') token: string`) get the
    // strict check here; DTOs get it in validate(), where @MultilineText() is known.
    const textIssues = textContentIssues(value, this.toValidate(metadata) ? 'everywhere' : 'where-declared', metadata.data ?? '');
    if (textIssues.length > 0) throw new RequestValidationException(textIssues);
    return super.transform(value, metadata);
  }

  protected override async validate(object: object, validatorOptions?: ValidatorOptions): Promise<ValidationError[]> {
    const errors = await super.validate(object, validatorOptions);
    return [...errors, ...textContentIssues(object, 'where-declared').map(toValidationError)];
  }
}

function toValidationError({ field, reason }: FieldIssue): ValidationError {
  const error = new ValidationError();
  error.property = field;
  error.constraints = { textContent: reason };
  error.children = [];
  return error;
}
