import { targetConstructorToSchema } from 'class-validator-jsonschema';
import { classTransformerMetadataStorage, collectPayloadClasses, type SchemaClass } from './payload-class-closure';
import type { JsonSchema } from './json-schema';
import { schemaConverters } from './schema-converters';

/**
 * JSON Schemas, by class name, of the given payload classes and every class they nest, generated
 * from their class-validator decorators (one source of truth: what is validated is what is
 * documented). Nested classes are `$ref`s to `<refPrefix><ClassName>`.
 */
export function buildPayloadSchemas(roots: readonly SchemaClass[], refPrefix: string): Record<string, JsonSchema> {
  const schemas: Record<string, JsonSchema> = {};
  for (const [name, payloadClass] of [...collectPayloadClasses(roots)].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const generated = targetConstructorToSchema(payloadClass, {
      classTransformerMetadataStorage: classTransformerMetadataStorage(),
      additionalConverters: schemaConverters,
      refPointerPrefix: refPrefix,
    });
    // A JSON round trip drops `undefined`s and gives a plain value, so the schema compares equal to
    // the same schema read back from a committed file.
    const schema = JSON.parse(JSON.stringify(generated)) as JsonSchema;
    // validatePayload forbids unknown properties (forbidNonWhitelisted) at every nesting level.
    schemas[name] = { title: name, ...schema, additionalProperties: false };
  }
  return schemas;
}
