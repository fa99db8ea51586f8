import mongoose from 'mongoose';
import type { FieldIssue } from './error-body';

/**
 * The fields a mongoose ValidationError or CastError names, or undefined for any other error.
 * Reaching the database with such a value is a bug (the request DTO should have refused it), but
 * the cause is still the client's input, so it is answered as a 400 naming the field rather than
 * a 500; the exception filter also logs it as the defect it is.
 */
export function persistenceValidationIssues(error: unknown): FieldIssue[] | undefined {
  if (error instanceof mongoose.Error.ValidationError) {
    return Object.entries(error.errors).map(([path, cause]) => ({ field: path, reason: reasonOf(cause) }));
  }
  if (error instanceof mongoose.Error.CastError) {
    return [{ field: error.path, reason: `must be a valid ${error.kind}` }];
  }
  return undefined;
}

function reasonOf(cause: mongoose.Error.ValidatorError | mongoose.Error.CastError): string {
  if (cause instanceof mongoose.Error.CastError) return `must be a valid ${cause.kind}`;
  return cause.kind === 'required' ? 'is required' : 'is not valid';
}
