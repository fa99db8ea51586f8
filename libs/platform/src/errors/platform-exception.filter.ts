import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Inject } from '@nestjs/common';
import type { Logger } from 'pino';
import { IdentityProviderUnavailableException } from '../auth/identity-provider-unavailable.exception';
import type { PlatformResponse } from '../http/http-types';
import { LOGGER } from '../platform.tokens';
import { errorBody, type ErrorBody } from './error-body';
import { persistenceValidationIssues } from './persistence-validation';
import { DomainAccessDeniedError, DomainConflictError, DomainNotFoundError, DomainValidationError } from './domain.errors';
import { RequestValidationException } from './request-validation.exception';

/**
 * Renders every error as `{statusCode, error, message, details?}`. Unexpected errors become a
 * bare 500 (their message may expose internals) and are logged with their stack; the log line
 * carries the correlation id, which the client also has from the `x-correlation-id` header.
 */
@Catch()
export class PlatformExceptionFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const body = toErrorBody(exception);
    if (persistenceValidationIssues(exception) !== undefined) {
      this.logger.error({ err: exception }, 'input reached the database unvalidated: the request DTO misses a constraint');
    } else if (body.statusCode >= 500) {
      this.logger.error({ err: exception, statusCode: body.statusCode }, 'request failed');
    }
    if (host.getType() !== 'http') return;
    const response = host.switchToHttp().getResponse<PlatformResponse>();
    if (response.headersSent) return;
    response.statusCode = body.statusCode;
    response.setHeader('content-type', 'application/json; charset=utf-8');
    response.end(JSON.stringify(body));
  }
}

export function toErrorBody(exception: unknown): ErrorBody {
  if (exception instanceof RequestValidationException) {
    return errorBody(exception.getStatus(), exception.message, exception.details);
  }
  const domainBody = domainErrorBody(exception);
  if (domainBody !== undefined) return domainBody;
  const persistenceIssues = persistenceValidationIssues(exception);
  if (persistenceIssues !== undefined) {
    const summary = persistenceIssues.map((issue) => `${issue.field}: ${issue.reason}`).join('; ');
    return errorBody(HttpStatus.BAD_REQUEST, `Validation failed: ${summary}`, persistenceIssues);
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    // Its message is written for clients (what happened, what to do); other 5xx may expose internals.
    if (exception instanceof IdentityProviderUnavailableException) return errorBody(status, exception.message);
    if (status >= 500) return errorBody(status, defaultServerMessage(status));
    // The throttler's own message is `ThrottlerException: Too Many Requests`, an internal name.
    if (status === HttpStatus.TOO_MANY_REQUESTS) return errorBody(status, 'Too many requests; retry later');
    return errorBody(status, messageOf(exception));
  }
  return errorBody(HttpStatus.INTERNAL_SERVER_ERROR, defaultServerMessage(HttpStatus.INTERNAL_SERVER_ERROR));
}

/** The domain's errors, mapped here once for every service and call site (ADR 12). */
function domainErrorBody(exception: unknown): ErrorBody | undefined {
  if (exception instanceof DomainValidationError) {
    return errorBody(HttpStatus.BAD_REQUEST, `Validation failed: ${exception.message}`, [{ field: exception.field, reason: exception.reason }]);
  }
  if (exception instanceof DomainConflictError) return errorBody(HttpStatus.CONFLICT, exception.message);
  if (exception instanceof DomainNotFoundError) return errorBody(HttpStatus.NOT_FOUND, exception.message);
  if (exception instanceof DomainAccessDeniedError) return errorBody(HttpStatus.FORBIDDEN, exception.message);
  return undefined;
}

/** Nest's built-in exceptions carry `{message: string | string[]}`; plain ones a string. */
function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  if (typeof response === 'object' && response !== null && 'message' in response) {
    const { message } = response as { message: unknown };
    if (Array.isArray(message)) return message.map(String).join('; ');
    if (typeof message === 'string') return message;
  }
  return exception.message;
}

function defaultServerMessage(status: number): string {
  return status === HttpStatus.SERVICE_UNAVAILABLE ? 'Service unavailable' : 'Internal server error';
}
