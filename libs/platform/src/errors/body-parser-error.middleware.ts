import type { Logger } from 'pino';
import type { ErrorMiddleware } from '../http/http-types';
import { JSON_TOO_DEEP } from '../http/json-depth-guard';
import { errorBody, type ErrorBody } from './error-body';

interface BodyParserError {
  status?: number;
  type?: string;
  limit?: number;
  /** Set by the JSON depth guard: where the body went too deep, and the bound. */
  path?: string;
  maxDepth?: number;
}

/**
 * body-parser runs as plain Express middleware, before Nest's router, so its errors (oversized or
 * malformed bodies) never reach Nest's exception filters; Express's default handler would answer
 * with HTML and, outside production, a stack trace. This handler answers in the platform's shape.
 */
export function createBodyParserErrorMiddleware(logger: Logger): ErrorMiddleware {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const body = bodyParserErrorBody(error);
    if (body.statusCode >= 500) logger.error({ err: error }, 'request body could not be read');
    res.statusCode = body.statusCode;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(JSON.stringify(body));
  };
}

export function bodyParserErrorBody(error: unknown): ErrorBody {
  const { status, type, limit, path, maxDepth } = (typeof error === 'object' && error !== null ? error : {}) as BodyParserError;
  switch (type) {
    case JSON_TOO_DEEP:
      return errorBody(400, `Request body nests deeper than ${maxDepth ?? '?'} levels`, [
        { field: path ?? 'body', reason: `nests deeper than ${maxDepth ?? '?'} levels` },
      ]);
    case 'entity.too.large':
      return errorBody(413, `Request body exceeds the limit of ${limit ?? '?'} bytes`);
    case 'entity.parse.failed':
      return errorBody(400, 'Request body is not valid JSON');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return errorBody(415, 'Unsupported request body encoding');
    default:
      if (status !== undefined && status >= 400 && status < 500) return errorBody(status, 'Request body could not be read');
      return errorBody(500, 'Internal server error');
  }
}
