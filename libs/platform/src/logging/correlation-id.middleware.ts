import { randomUUID } from 'node:crypto';
import type { Middleware } from '../http/http-types';
import { RequestContext } from './request-context';

export const CORRELATION_ID_HEADER = 'x-correlation-id';

// A caller-supplied id ends up in every log line and event; restricting its shape keeps log
// injection and unbounded values out.
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's correlation id when it is acceptable, a new uuid otherwise. */
export function resolveCorrelationId(header: string | string[] | undefined): string {
  const candidate = Array.isArray(header) ? header[0] : header;
  return candidate !== undefined && ACCEPTABLE_ID.test(candidate) ? candidate : randomUUID();
}

/**
 * Must be the first middleware: it opens the RequestContext in which the rest of the request
 * (other middleware, guards, handlers, the events they cause) runs, and echoes the id back so a
 * client can quote it when reporting a problem.
 */
export const correlationIdMiddleware: Middleware = (req, res, next) => {
  const correlationId = resolveCorrelationId(req.headers[CORRELATION_ID_HEADER]);
  req.correlationId = correlationId;
  res.setHeader(CORRELATION_ID_HEADER, correlationId);
  RequestContext.run({ correlationId }, () => next());
};
