// The public API of @icn/platform. Apps and other libraries import from here only.

export * from './config';

export { RequestContext, type RequestContextData } from './logging/request-context';
export { createLogger, REDACTED_PATHS } from './logging/create-logger';
export { CORRELATION_ID_HEADER, correlationIdMiddleware, resolveCorrelationId } from './logging/correlation-id.middleware';
export { createHttpLoggerMiddleware } from './logging/http-logger.middleware';
export { PinoNestLogger } from './logging/pino-nest-logger';

export { databaseConnectionProvider } from './database/database-connection.provider';
export { DUPLICATE_KEY_ERROR_CODE, isDuplicateKeyError } from './database/duplicate-key';

export { PlatformMetrics } from './metrics/platform-metrics';
export { createHttpMetricsMiddleware, routeTemplate } from './metrics/http-metrics.middleware';

export { ReadinessRegistry, type ReadinessCheck } from './health/readiness-registry';

export { errorBody, type ErrorBody, type FieldIssue } from './errors/error-body';
export { PlatformExceptionFilter, toErrorBody } from './errors/platform-exception.filter';
export { RequestValidationException } from './errors/request-validation.exception';
export { ConcurrentModificationError, DomainAccessDeniedError, DomainConflictError, DomainNotFoundError, DomainValidationError } from './errors/domain.errors';
export { Trim, UpperCase, UpperCaseEach } from './http/dto-transforms';
export { NestedObject, NestedObjectList, type NestedObjectOptions } from './http/nested-object.decorators';
export { IsFiniteNumber, type FiniteNumberOptions } from '@icn/contracts';
export { MultilineText } from './http/text-content';
export { IfPresent } from './http/if-present.decorator';
export { IsCalendarDate, isCalendarDate } from './http/calendar-date.decorator';
export { UuidParam, UuidV4Param } from './http/uuid-param.pipe';
export { auditHttpInputs, type HttpInputAudit } from './http/http-input-audit';
export {
  afterKeysetPosition,
  collectVisiblePage,
  decodeKeysetCursor,
  DEFAULT_PAGE_SIZE,
  encodeKeysetCursor,
  KeysetPageQuery,
  MAX_PAGE_SIZE,
  toKeysetPage,
  type KeysetPage,
  type KeysetPosition,
} from './http/keyset-page';
export { createValidationPipe } from './errors/validation-pipe.factory';
export { toFieldIssues } from './errors/field-issues';

export { CONFIG, DATABASE_CONNECTION, LOGGER, METRICS, READINESS_CHECKS } from './platform.tokens';
export type { BootstrapOptions, OpenApiOptions, PlatformModuleOptions } from './platform-options';
export { PlatformModule } from './platform.module';
export { bootstrapService, createServiceApp, type AppModule } from './bootstrap/bootstrap-service';
export { connectServiceTransport, SERVICE_TRANSPORT, startServiceApp } from './bootstrap/service-transport';
export { configureServiceApp } from './bootstrap/configure-service-app';
export { API_KEY_SCHEME, BEARER_SCHEME } from './bootstrap/swagger';

export * from './auth';
export * from './idempotency';
export * from './calendar';
export { withoutUndefined } from './util/without-undefined';
export { wordsOf } from './util/words-of';
