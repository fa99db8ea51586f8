import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

/**
 * Validates a plain body like the platform's ValidationPipe does (whitelist + forbidNonWhitelisted
 * + transform) and returns `field: message` lines, for DTO unit tests without an HTTP stack.
 */
export function validateDto<T extends object>(dtoClass: new () => T, body: object): { value: T; errors: string[] } {
  const value = plainToInstance(dtoClass, body);
  const errors = validateSync(value, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  return { value, errors: flatten(errors) };
}

function flatten(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    return [...Object.values(error.constraints ?? {}).map((message) => `${path}: ${message}`), ...flatten(error.children ?? [], path)];
  });
}
