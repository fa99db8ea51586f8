import type { Logger } from 'pino';
import pinoHttp from 'pino-http';
import type { Middleware, PlatformRequest } from '../http/http-types';

/** Probes hit these every few seconds; logging each would drown the useful lines. */
const QUIET_PATHS = new Set(['/health/live', '/health/ready', '/metrics']);

function pathOf(url: string | undefined): string {
  return (url ?? '/').split('?')[0];
}

/**
 * One log line per finished request (method, url, status, duration). Runs after the
 * correlation-id middleware; the id is added explicitly because the 'finish' event that triggers
 * the line is not guaranteed to run inside the request's AsyncLocalStorage context.
 */
export function createHttpLoggerMiddleware(logger: Logger): Middleware {
  // clientAddress is Express's req.ip: the socket's peer, or the forwarded client under TRUST_PROXY.
  const withCorrelation = (req: PlatformRequest, value: object) => ({ ...value, correlationId: req.correlationId, clientAddress: req.ip });
  const middleware = pinoHttp({
    logger,
    genReqId: (req) => (req as PlatformRequest).correlationId ?? '',
    autoLogging: { ignore: (req) => QUIET_PATHS.has(pathOf(req.url)) },
    customLogLevel: (_req, res, error) => {
      if (error !== undefined || res.statusCode >= 500) return 'error';
      return res.statusCode >= 400 ? 'warn' : 'info';
    },
    customSuccessObject: (req, _res, value: object) => withCorrelation(req as PlatformRequest, value),
    customErrorObject: (req, _res, _error, value: object) => withCorrelation(req as PlatformRequest, value),
  });
  return (req, res, next) => middleware(req, res, next);
}
