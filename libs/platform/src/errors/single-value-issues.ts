// Reflect.getMetadata/defineMetadata; Nest loads it too, but this module must work on its own.
import 'reflect-metadata';
import type { ArgumentMetadata } from '@nestjs/common';
import type { FieldIssue } from './error-body';

const SCALAR_SOURCES: ReadonlySet<ArgumentMetadata['type']> = new Set<ArgumentMetadata['type']>(['query', 'param']);

/**
 * A repeated query parameter (`?token=a&token=b`) arrives as an array, and a bracketed one
 * (`?limit[x]=1`, with an extended query parser) as an object; a handler or DTO that expects one
 * value would then see a type it never declared (`String(['a','b'])`, `Number(['1'])`, a
 * `value === 'true'` transform quietly answering false). So: a named `@Query('x')`
 * value must be a single string, and each property of a query DTO must be a single value unless the
 * DTO declares it as an array. Properties the DTO does not declare are left to the whitelist.
 */
export function singleValueIssues(value: unknown, metadata: ArgumentMetadata): FieldIssue[] {
  if (!SCALAR_SOURCES.has(metadata.type) || value === undefined || value === null) return [];
  if (metadata.data !== undefined) {
    return isSingleValue(value) ? [] : [{ field: metadata.data, reason: 'must be a single value' }];
  }
  const { metatype } = metadata;
  if (typeof value !== 'object' || metatype === undefined) return [];
  const prototype: unknown = metatype.prototype;
  if (typeof prototype !== 'object' || prototype === null) return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const declared: unknown = Reflect.getMetadata('design:type', prototype, key);
    if (declared === undefined || isSingleValue(item)) return [];
    if (declared === Array && Array.isArray(item) && item.every(isSingleValue)) return [];
    return [{ field: key, reason: declared === Array ? 'must be a list of single values' : 'must be a single value' }];
  });
}

function isSingleValue(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}
