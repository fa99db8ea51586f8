import { getMetadataStorage, ValidationTypes } from 'class-validator';
import type { MetadataStorage as ClassTransformerMetadataStorage } from 'class-transformer/types/MetadataStorage';

// class-transformer keeps its `@Type` metadata in a storage it does not export from its root and
// ships no typings for at this path; the typed import above describes it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const transformerStorage = (require('class-transformer/cjs/storage') as { defaultMetadataStorage: ClassTransformerMetadataStorage })
  .defaultMetadataStorage;

/** A class whose instances class-validator checks: payload classes and the classes they nest. */
export type SchemaClass = new () => object;

export function classTransformerMetadataStorage(): ClassTransformerMetadataStorage {
  return transformerStorage;
}

/**
 * Every class reachable from the given payload classes through `@ValidateNested` + `@Type`, by name.
 *
 * Schemas are generated from this closure rather than from class-validator's whole storage, which in
 * a running service also holds its HTTP DTOs and config classes; those are not part of the contract.
 * `$ref`s are by class name, so two different classes with one name would silently share a schema:
 * that is an error.
 */
export function collectPayloadClasses(roots: readonly SchemaClass[]): Map<string, SchemaClass> {
  const found = new Map<string, SchemaClass>();
  const pending = [...roots];
  while (pending.length > 0) {
    const current = pending.shift() as SchemaClass;
    const known = found.get(current.name);
    if (known === current) continue;
    if (known) throw new Error(`two payload classes are named ${current.name}; schema names must be unique`);
    found.set(current.name, current);
    pending.push(...nestedClassesOf(current));
  }
  return found;
}

function nestedClassesOf(target: SchemaClass): SchemaClass[] {
  return getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .filter((meta) => meta.type === ValidationTypes.NESTED_VALIDATION)
    .map((meta) => {
      const typeMetadata = transformerStorage.findTypeMetadata(target, meta.propertyName);
      if (!typeMetadata) {
        throw new Error(`${target.name}.${meta.propertyName} is @ValidateNested without @Type: its schema cannot be known`);
      }
      return typeMetadata.typeFunction() as SchemaClass;
    });
}
