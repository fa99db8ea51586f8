import type { Middleware, PlatformRequest } from '../http/http-types';
import type { PlatformMetrics } from './platform-metrics';

/**
 * Observes every request's duration. A middleware (not an interceptor) because requests rejected
 * by guards (401, 403, 429) never reach interceptors but matter most when something is wrong. The
 * route label is Express's matched template, read when the response finishes; unmatched requests
 * share one label so scanners probing random URLs cannot explode the label cardinality.
 */
export function createHttpMetricsMiddleware(metrics: PlatformMetrics): Middleware {
  return (req, res, next) => {
    const stop = metrics.httpRequestDuration.startTimer();
    res.once('finish', () => {
      stop({ method: req.method ?? 'UNKNOWN', route: routeTemplate(req), status: String(res.statusCode) });
    });
    next();
  };
}

export function routeTemplate(req: PlatformRequest): string {
  if (req.route?.path === undefined) return 'unmatched';
  return `${req.baseUrl ?? ''}${req.route.path}`;
}
