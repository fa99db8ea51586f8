import pino, { type DestinationStream, type Logger } from 'pino';
import { RequestContext } from './request-context';

/**
 * Credentials must never reach the logs. pino-http serialises request headers, so the
 * authentication headers are censored here, once, for every logger of every service.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
];

/**
 * The service's root logger: one JSON object per line on stdout, `service` on every line, and the
 * correlation/causation ids of the current RequestContext mixed in, so lines of one request or one
 * event chain can be found together across services. Fields given explicitly at the call site win
 * over the mixed-in ones (pino's merge order), which avoids duplicate keys.
 */
export function createLogger(serviceName: string, level = 'info', destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: serviceName },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      mixin: () => {
        const context = RequestContext.current();
        if (context === undefined) return {};
        return context.causationId === undefined
          ? { correlationId: context.correlationId }
          : { correlationId: context.correlationId, causationId: context.causationId };
      },
    },
    destination,
  );
}
