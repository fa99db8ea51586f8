// Implicit conversion reads the reflected property types; the CLI and tests may load this file
// before anything else has imported the polyfill.
import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { coerceEnv } from './coerce-env';
import { ConfigValidationError, type ConfigIssue } from './config-validation.error';

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Validates the environment once, at start-up, into a typed config object (fail fast: a bad
 * deployment stops before it serves anything). Unset and empty variables take the class default;
 * variables the class does not declare are dropped so the object never carries unrelated secrets.
 */
export function loadConfig<T extends object>(configClass: new () => T, env: Env = process.env): T {
  const present = Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
  // Defaults decide the type first (works without annotations); implicit conversion then covers
  // annotated properties that have no default (`MONGODB_DB!: string`).
  const coerced = coerceEnv(present, new configClass());
  const config = plainToInstance(configClass, coerced, { enableImplicitConversion: true });
  const errors = validateSync(config, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) {
    throw new ConfigValidationError(errors.map(toIssue));
  }
  return config;
}

function toIssue(error: ValidationError): ConfigIssue {
  // For a missing variable every constraint fails; "is required" is the one that helps.
  if (error.value === undefined) return { variable: error.property, reason: 'is required' };
  const messages = Object.values(error.constraints ?? {}).map((message) => stripPropertyName(message, error.property));
  return { variable: error.property, reason: messages.join('; ') || 'is invalid' };
}

/** class-validator's default messages start with the property name; the issue already names it. */
function stripPropertyName(message: string, property: string): string {
  return message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;
}
