import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DomainValidationError } from '../errors/domain.errors';

/**
 * A path parameter that must be a UUID: a 400 naming the parameter (`details[].field`), as every
 * other bad input is. Nest's ParseUUIDPipe answers "Validation failed (uuid is expected)" without
 * saying which parameter, and its exception factory is not told the parameter's name.
 */
@Injectable()
export class UuidParam implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value !== 'string' || !isUUID(value)) throw new DomainValidationError(metadata.data ?? 'id', 'must be a UUID');
    return value;
  }
}
