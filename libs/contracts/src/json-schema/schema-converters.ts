import { IS_ISO31661_ALPHA_2, IS_ISO8601, IS_URL, MAX, MIN } from 'class-validator';
import type { ISchemaConverters } from 'class-validator-jsonschema/build/defaultConverters';

/**
 * Overrides of class-validator-jsonschema's default converters where its output would be wrong or
 * vague for our payloads. Each one must describe exactly what the class-validator decorator accepts,
 * no more and no less, because integrators validate with these schemas.
 */
export const schemaConverters: ISchemaConverters = {
  // The default adds `type: number`, which (depending on decorator order) overwrote `@IsInt`'s
  // `integer`. The type comes from `@IsInt` / `@IsNumber`; bounds only add the bound.
  [MIN]: (meta) => ({ minimum: meta.constraints[0] as number }),
  [MAX]: (meta) => ({ maximum: meta.constraints[0] as number }),
  // The default has no converter, which degrades to a bare `string`; the validator checks the code
  // against the ISO list case-insensitively, so the pattern is the closest honest JSON Schema.
  [IS_ISO31661_ALPHA_2]: {
    type: 'string',
    pattern: '^[A-Za-z]{2}$',
    description: 'ISO 3166-1 alpha-2 country code',
  },
  // `url` is not a JSON Schema format; our URLs always carry a protocol, so they are `uri`s.
  [IS_URL]: { type: 'string', format: 'uri' },
  // The default's `oneOf` rejects every value in validators that treat `format` as an annotation
  // (the draft-07 default): both branches then match. `anyOf` does not, and `type` helps generators.
  [IS_ISO8601]: {
    type: 'string',
    anyOf: [{ format: 'date-time' }, { format: 'date' }],
    description: 'ISO 8601 date-time (producers emit UTC with milliseconds, e.g. 2026-01-31T12:00:00.000Z)',
  },
};
