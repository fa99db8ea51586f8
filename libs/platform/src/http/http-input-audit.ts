import 'reflect-metadata';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync, type ValidationError } from 'class-validator';
import { toFieldIssues } from '../errors/field-issues';
import { nestedObjectGuard, type NestedObjectGuard } from './nested-object.decorators';

type Class = new () => object;

/** What `auditHttpInputs` found behind a set of controllers. */
export interface HttpInputAudit {
  /** Every DTO class reachable from a `@Body()`/`@Query()` parameter, nested ones included. */
  dtos: string[];
  /** Every nested-object property of those DTOs, as `Dto.property`. */
  nestedProperties: string[];
  /** Each rule broken, in words; empty when every input is guarded. */
  problems: string[];
}

const BUILT_IN_TYPES: readonly unknown[] = [String, Number, Boolean, Array, Object, Date, Symbol, BigInt, Function];
const UNKNOWN_KEY = 'auditUnknownKey';
const NOT_OBJECTS: readonly unknown[] = [[], null, 'text', 1, true];

/**
 * Reads every route handler of `controllers` and walks the DTO classes they accept, checking the
 * rules the platform relies on and that a new DTO could forget:
 *  - every nested object (`@ValidateNested`, a DTO-typed property, `@IsObject`) is declared with
 *    `@NestedObject`/`@NestedObjectList`, and really refuses arrays, null, primitives and unknown
 *    nested keys, naming the property (checked by validating such values, not by reading code);
 *  - no body property accepts `null` unless its type says so (`| null`): `@IsOptional()` lets
 *    null through to the domain, where it was a 500;
 *  - no property uses class-validator's `@IsNumber({maxDecimalPlaces})`, which throws on
 *    exponent notation (`@IsFiniteNumber` is the replacement).
 * Each service's unit tests run it over all of its controllers.
 */
export function auditHttpInputs(controllers: readonly unknown[]): HttpInputAudit {
  const dtos = new Set<Class>();
  const pending: DtoParameter[] = controllers.flatMap(dtoParametersOf);
  const nestedProperties: string[] = [];
  const problems: string[] = [];

  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { dto, source } = next;
    if (dtos.has(dto)) continue;
    dtos.add(dto);
    for (const property of validatedProperties(dto)) {
      const name = `${dto.name}.${property}`;
      const metadata = getMetadataStorage()
        .getTargetValidationMetadatas(dto, '', true, false)
        .filter((item) => item.propertyName === property);
      const guard = nestedObjectGuard(dto.prototype, property);
      const designType: unknown = Reflect.getMetadata('design:type', dto.prototype, property);
      const looksNested =
        metadata.some((item) => item.type === 'nestedValidation' || item.name === 'isObject') ||
        (typeof designType === 'function' && !BUILT_IN_TYPES.includes(designType));
      if (metadata.some((item) => item.name === 'isNumber' && hasDecimalBound(item.constraints))) {
        problems.push(`${name}: @IsNumber({maxDecimalPlaces}) throws on exponent notation; use @IsFiniteNumber`);
      }
      // A query string cannot carry null; a JSON body can, and only a `| null` type (design type
      // Object) says it is meant.
      if (source === 'body' && guard === undefined && designType !== Object && !fieldsWithIssues(dto, { [property]: null }).includes(property)) {
        problems.push(`${name}: accepts null; use @IfPresent() (or type it \`| null\` where null clears the value)`);
      }
      if (guard === undefined) {
        if (looksNested) problems.push(`${name}: a nested object must be declared with @NestedObject or @NestedObjectList`);
        continue;
      }
      nestedProperties.push(name);
      problems.push(...refusals(dto, property, guard).map((problem) => `${name}: ${problem}`));
      pending.push({ dto: guard.type(), source });
    }
  }
  return { dtos: [...dtos].map((dto) => dto.name).sort(), nestedProperties: nestedProperties.sort(), problems };
}

interface DtoParameter {
  dto: Class;
  source: 'body' | 'query';
}

/** The DTO classes of a controller's `@Body()` and `@Query()` parameters. */
function dtoParametersOf(controller: unknown): DtoParameter[] {
  if (typeof controller !== 'function') return [];
  const prototype: unknown = controller.prototype;
  if (typeof prototype !== 'object' || prototype === null) return [];
  return Object.getOwnPropertyNames(prototype).flatMap((method) => {
    const routeArguments = Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) as Record<string, { index: number; data?: unknown }> | undefined;
    if (routeArguments === undefined) return [];
    const parameterTypes = (Reflect.getMetadata('design:paramtypes', prototype, method) ?? []) as unknown[];
    return Object.entries(routeArguments).flatMap(([key, argument]) => {
      const paramtype = Number(key.split(':')[0]);
      const source = paramtype === Number(RouteParamtypes.BODY) ? 'body' : paramtype === Number(RouteParamtypes.QUERY) ? 'query' : undefined;
      const type = parameterTypes[argument.index];
      return source !== undefined && argument.data === undefined && isDtoClass(type) ? [{ dto: type, source }] : [];
    });
  });
}

function isDtoClass(type: unknown): type is Class {
  return typeof type === 'function' && !BUILT_IN_TYPES.includes(type);
}

function validatedProperties(dto: Class): string[] {
  const names = getMetadataStorage()
    .getTargetValidationMetadatas(dto, '', true, false)
    .map((item) => item.propertyName);
  return [...new Set(names)];
}

function hasDecimalBound(constraints: unknown): boolean {
  if (!Array.isArray(constraints)) return false;
  const [options]: unknown[] = constraints;
  return typeof options === 'object' && options !== null && 'maxDecimalPlaces' in options;
}

/** Validates the property alone with each value it must refuse; returns what was let through. */
function refusals(dto: Class, property: string, guard: NestedObjectGuard): string[] {
  const mustRefuse = NOT_OBJECTS.filter((value) => !(value === null && guard.options.nullable === true));
  if (guard.options.optional !== true) mustRefuse.push(undefined);
  const problems = mustRefuse
    .filter((value) => !fieldsWithIssues(dto, { [property]: guard.list ? wrapUnlessArray(value) : value }).includes(property))
    .map((value) => `accepts ${describe(value)}${guard.list ? ' as an element' : ''}`);
  const unknownKey = guard.list ? `${property}.0.${UNKNOWN_KEY}` : `${property}.${UNKNOWN_KEY}`;
  const withUnknownKey = guard.list ? [{ [UNKNOWN_KEY]: 1 }] : { [UNKNOWN_KEY]: 1 };
  if (!fieldsWithIssues(dto, { [property]: withUnknownKey }).includes(unknownKey)) problems.push('accepts unknown nested keys');
  return problems;
}

// A list property is probed with a bad element (`[[]]`, `[null]`); `undefined` probes absence.
function wrapUnlessArray(value: unknown): unknown {
  return value === undefined ? undefined : [value];
}

function fieldsWithIssues(dto: Class, plain: object): string[] {
  const errors: ValidationError[] = validateSync(plainToInstance(dto, plain), { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  return toFieldIssues(errors).map((issue) => issue.field);
}

function describe(value: unknown): string {
  return value === undefined ? 'absence' : JSON.stringify(value);
}
