import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DomainValidationError } from '../errors/domain.errors';

/**
 * A path parameter that must be a UUID: a 400 naming the parameter (`details[].field`), as every
 * other bad input is. Nest's ParseUUIDPipe answers "Validation failed (uuid is expected)" without
 * saying which parameter, and its exception factory is not told the parameter's name (ESLint forbids
 * it in controllers). No constructor arguments, so Nest can build it from the class.
 */
@Injectable()
export class UuidParam implements PipeTransform<unknown, string> {
  /** Which UUIDs are accepted: any version, unless a subclass says otherwise. */
  protected readonly version: '4' | 'all' = 'all';

  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value !== 'string' || !isUUID(value, this.version)) {
      throw new DomainValidationError(metadata.data ?? 'id', this.version === 'all' ? 'must be a UUID' : `must be a version ${this.version} UUID`);
    }
    return value;
  }
}

/** A path parameter that must be a random (version 4) UUID: ids the service generated itself. */
@Injectable()
export class UuidV4Param extends UuidParam {
  protected override readonly version = '4';
}
