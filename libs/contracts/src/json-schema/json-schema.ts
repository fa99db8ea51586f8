/**
 * The subset of JSON Schema (draft-07, which AsyncAPI 3 schemas extend) that the generated
 * documents use. Unknown keywords stay allowed so that a committed schema written by a later
 * generator still type-checks when it is read back.
 */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  $ref?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  definitions?: Record<string, JsonSchema>;
  [keyword: string]: unknown;
}

/** Where `$ref`s point in a standalone JSON Schema file and in the AsyncAPI document. */
export const REF_PREFIX = {
  standalone: '#/definitions/',
  asyncApi: '#/components/schemas/',
} as const;

export function isJsonSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
