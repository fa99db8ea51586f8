// Reflect.getMetadata/defineMetadata; Nest loads it too, but this module must work on its own.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsArray, ValidateBy, ValidateIf, ValidateNested, type ValidationOptions } from 'class-validator';

/** Marks a property declared with NestedObject/NestedObjectList (read by `auditHttpInputs`). */
const NESTED_OBJECT_GUARD = Symbol('icn:nested-object-guard');

/** What NestedObject/NestedObjectList recorded about a property. */
export interface NestedObjectGuard {
  type: ClassRef;
  list: boolean;
  options: NestedObjectOptions;
}

export interface NestedObjectOptions {
  /** Absent is allowed (`null` still is not, unless `nullable`). */
  optional?: boolean;
  /** `null` is allowed (e.g. a PATCH clearing the value). */
  nullable?: boolean;
}

const OBJECT_REQUIRED = 'must be an object';
const ELEMENT_OBJECT_REQUIRED = 'each element must be an object';

export type ClassRef = () => new () => object;

/**
 * A property holding one nested DTO. class-validator's `@ValidateNested` alone accepts `[]` (it
 * validates an array's elements, of which there are none), skips `undefined` and, with
 * `@IsOptional`, `null`; so `{"memberCounts": []}` was stored as `{}`. This requires a JSON object
 * (not an array, null or primitive), validates it against `type` (unknown keys included, by the
 * pipe's whitelist) and says so in the error under the property's name.
 */
export function NestedObject(type: ClassRef, options: NestedObjectOptions = {}): PropertyDecorator {
  return (target, propertyKey) => {
    markGuarded(target, propertyKey, { type, list: false, options });
    presence(options)(target, propertyKey);
    IsJsonObject()(target, propertyKey);
    // Same words as IsJsonObject for a null or primitive, so the 400 lists the issue once.
    ValidateNested({ message: OBJECT_REQUIRED })(target, propertyKey);
    Type(type)(target, propertyKey);
  };
}

/** A property holding an array of nested DTOs; each element must be a JSON object. */
export function NestedObjectList(type: ClassRef, options: NestedObjectOptions = {}): PropertyDecorator {
  return (target, propertyKey) => {
    markGuarded(target, propertyKey, { type, list: true, options });
    presence(options)(target, propertyKey);
    IsArray()(target, propertyKey);
    IsJsonObject({ each: true, message: ELEMENT_OBJECT_REQUIRED })(target, propertyKey);
    ValidateNested({ each: true, message: ELEMENT_OBJECT_REQUIRED })(target, propertyKey);
    Type(type)(target, propertyKey);
  };
}

export function nestedObjectGuard(target: object, propertyKey: string): NestedObjectGuard | undefined {
  return Reflect.getMetadata(NESTED_OBJECT_GUARD, target, propertyKey) as NestedObjectGuard | undefined;
}

export function isNestedObjectGuarded(target: object, propertyKey: string): boolean {
  return nestedObjectGuard(target, propertyKey) !== undefined;
}

function markGuarded(target: object, propertyKey: string | symbol, guard: NestedObjectGuard): void {
  Reflect.defineMetadata(NESTED_OBJECT_GUARD, guard, target, propertyKey);
}

function presence({ optional = false, nullable = false }: NestedObjectOptions): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => !((optional && value === undefined) || (nullable && value === null)));
}

function IsJsonObject(options: ValidationOptions = {}): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isJsonObject',
      validator: {
        validate: (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value),
        defaultMessage: () => OBJECT_REQUIRED,
      },
    },
    options,
  );
}
