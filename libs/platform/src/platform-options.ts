import type { BaseServiceConfig } from './config/base-service.config';
import type { Env } from './config/load-config';

export interface PlatformModuleOptions<T extends BaseServiceConfig = BaseServiceConfig> {
  /** kebab-case, e.g. `membership`; the default for SERVICE_NAME, MONGODB_DB and KAFKA_CLIENT_ID. */
  readonly serviceName: string;
  /** The service's config class: `BaseServiceConfig` or a subclass. */
  readonly configClass: new () => T;
  /** Where to read variables from; `process.env` unless a test passes its own. */
  readonly env?: Env;
}

export interface OpenApiOptions {
  readonly title: string;
  readonly description?: string;
  readonly version?: string;
}

export interface BootstrapOptions {
  readonly serviceName: string;
  /** Swagger UI at /docs and the document at /docs-json; omitted means no docs are served. */
  readonly openApi?: OpenApiOptions;
}
