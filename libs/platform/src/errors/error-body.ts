import { HttpStatus } from '@nestjs/common';

/** One invalid input field, e.g. `{ field: 'contacts.0.email', reason: 'must be an email' }`. */
export interface FieldIssue {
  readonly field: string;
  readonly reason: string;
}

/** The only shape an error response ever has. No stack, no internal exception names. */
export interface ErrorBody {
  statusCode: number;
  /** The HTTP reason phrase, e.g. `Bad Request`. */
  error: string;
  message: string;
  details?: FieldIssue[];
}

/** `404` -> `Not Found`, derived from Nest's HttpStatus enum so the phrases stay standard. */
export function reasonPhrase(statusCode: number): string {
  const name = HttpStatus[statusCode] as string | undefined;
  if (name === undefined) return statusCode >= 500 ? 'Internal Server Error' : 'Error';
  return name
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

export function errorBody(statusCode: number, message: string, details?: FieldIssue[]): ErrorBody {
  const body: ErrorBody = { statusCode, error: reasonPhrase(statusCode), message };
  if (details !== undefined && details.length > 0) body.details = details;
  return body;
}
