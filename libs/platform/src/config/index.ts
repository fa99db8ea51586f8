export { BaseServiceConfig, LOG_LEVELS, NODE_ENVS } from './base-service.config';
export { KAFKA_SASL_MECHANISMS, KafkaClientConfig } from './kafka-client.config';
export { ConfigValidationError, type ConfigIssue } from './config-validation.error';
export { CommaSeparatedList, EnvBoolean } from './env-transforms';
export { loadConfig, type Env } from './load-config';
export { loadServiceConfig } from './load-service-config';
export { CONFIG } from '../platform.tokens';
