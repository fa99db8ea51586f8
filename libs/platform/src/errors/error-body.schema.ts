import type { OpenAPIObject } from '@nestjs/swagger';

type ComponentSchemas = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>;
type SchemaObject = Exclude<ComponentSchemas[string], { $ref: string }>;

/** The name of the one OpenAPI component every error response of every service refers to. */
export const ERROR_BODY_SCHEMA_NAME = 'ErrorBody';

/**
 * `ErrorBody` (error-body.ts) as JSON Schema: written by hand because it is an interface, kept next
 * to it and checked against what `errorBody` really renders by error-body.schema.spec.ts.
 */
export const ERROR_BODY_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'The only shape an error response has: no stack, no internal exception names.',
  required: ['statusCode', 'error', 'message'],
  additionalProperties: false,
  properties: {
    statusCode: { type: 'integer', minimum: 400, maximum: 599, example: 400, description: 'The HTTP status, repeated.' },
    error: { type: 'string', example: 'Bad Request', description: 'The HTTP reason phrase.' },
    message: { type: 'string', example: 'Validation failed: contacts.0.email: must be an email', description: 'What went wrong, for a person.' },
    details: {
      type: 'array',
      description: 'One entry per invalid input field (400 only).',
      minItems: 1,
      items: {
        type: 'object',
        required: ['field', 'reason'],
        additionalProperties: false,
        properties: {
          field: { type: 'string', example: 'contacts.0.email', description: 'Dotted path into the body, or the parameter name.' },
          reason: { type: 'string', example: 'must be an email' },
        },
      },
    },
  },
};
