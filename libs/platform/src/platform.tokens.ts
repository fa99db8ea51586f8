/**
 * Injection tokens of the platform library. Strings rather than symbols: if a test or a CLI ends
 * up loading this library twice (path alias and relative import), string tokens still match.
 */

/** The validated config object (an instance of the service's `BaseServiceConfig` subclass). */
export const CONFIG = 'icn:platform:config';

/** The root `pino.Logger` of the service. */
export const LOGGER = 'icn:platform:logger';

/** The service's own `mongoose.Connection` (opened before the app starts serving). */
export const DATABASE_CONNECTION = 'icn:platform:database-connection';

/** The service's `PlatformMetrics` (one prom-client registry per app instance). */
export const METRICS = 'icn:platform:metrics';

/** The `ReadinessRegistry` to which other modules add checks for GET /health/ready. */
export const READINESS_CHECKS = 'icn:platform:readiness-checks';
