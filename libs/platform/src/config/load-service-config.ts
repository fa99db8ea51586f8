import type { PlatformModuleOptions } from '../platform-options';
import type { BaseServiceConfig } from './base-service.config';
import { loadConfig } from './load-config';

/**
 * `loadConfig` with the service name as the fallback for the variables that derive from it, so a
 * laptop run needs only JWT_SECRET while a deployment can still set each one explicitly.
 */
export function loadServiceConfig<T extends BaseServiceConfig>(options: PlatformModuleOptions<T>): T {
  const fallback = {
    SERVICE_NAME: options.serviceName,
    MONGODB_DB: `icn_${options.serviceName.replace(/-/g, '_')}`,
    KAFKA_CLIENT_ID: options.serviceName,
  };
  const env = options.env ?? process.env;
  const merged = { ...fallback, ...Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')) };
  return loadConfig(options.configClass, merged);
}
